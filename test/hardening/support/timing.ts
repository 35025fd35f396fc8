// Growth-ratio timing: compares the time of one input against the same shape `factor` times
// larger, never against an absolute time (the CI machine's speed is unknown). Time is this
// process's CPU time, not wall time, so other processes on a busy machine do not count; each
// size is run several times, interleaved, and the fastest run counts.

/**
 * Four times the input may take at most eight times as long: linear work gives 4, quadratic
 * work 16. The slack absorbs GC pauses and a shared CI machine; it does not admit n².
 */
export const SIZE_FACTOR = 4;
export const MAX_RATIO = 8;

/** CPU milliseconds (user + system) of this process spent in `work`. */
const cpuMs = (work: () => unknown): number => {
  const start = process.cpuUsage();
  work();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
};

const fastest = (runs: number[]): number => Math.min(...runs);

export interface Growth {
  readonly smallMs: number;
  readonly largeMs: number;
  readonly ratio: number;
}

/**
 * `prepare(n)` builds the input of size n (untimed) and returns the work to time.
 * A linear algorithm gives ratio ≈ factor, a quadratic one ≈ factor².
 */
const measure = (prepare: (n: number) => () => unknown, n: number, factor: number, reps: number): Growth => {
  const small = prepare(n);
  const large = prepare(n * factor);
  small(); // warm up the JIT on this shape
  const s: number[] = [];
  const l: number[] = [];
  for (let i = 0; i < reps; i++) {
    s.push(cpuMs(small));
    l.push(cpuMs(large));
  }
  const smallMs = Math.max(fastest(s), 0.05);
  const largeMs = fastest(l);
  return { smallMs, largeMs, ratio: largeMs / smallMs };
};

/**
 * Measures the growth ratio; a ratio over `bound` is measured once more (a GC pause or a
 * neighbour's build can spoil one measurement, a superlinear algorithm spoils both).
 */
export const growth = (prepare: (n: number) => () => unknown, n: number, factor = SIZE_FACTOR, bound = MAX_RATIO): Growth => {
  const first = measure(prepare, n, factor, 3);
  return first.ratio < bound ? first : measure(prepare, n, factor, 5);
};
