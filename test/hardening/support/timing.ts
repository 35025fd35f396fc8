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
  const small = repeated(prepare(n));
  const large = repeated(prepare(n * factor));
  // Warm the JIT on both shapes, then repeat cheap work until the small input takes about
  // 10 ms, far above the timer's resolution.
  small(1)();
  large(1)();
  const once = Math.max(cpuMs(small(1)), 0.001);
  const times = Math.min(100_000, Math.max(1, Math.ceil(10 / once)));
  const s: number[] = [];
  const l: number[] = [];
  for (let i = 0; i < reps; i++) {
    s.push(cpuMs(small(times)));
    l.push(cpuMs(large(times)));
  }
  const smallMs = Math.max(fastest(s), 0.05);
  const largeMs = fastest(l);
  return { smallMs, largeMs, ratio: largeMs / smallMs };
};

const repeated = (work: () => unknown) => (times: number) => () => {
  for (let i = 0; i < times; i++) work();
};

/**
 * Measures the growth ratio; a ratio over `bound` is measured again, up to three times (a GC
 * pause or a neighbour can spoil one measurement, a superlinear algorithm spoils all of them).
 */
export const growth = (prepare: (n: number) => () => unknown, n: number, factor = SIZE_FACTOR, bound = MAX_RATIO): Growth => {
  // Up to three measurements, the best one counts: in a full parallel suite run other test
  // workers share the two cores, and one spoiled measurement was seen at 14× for constant work.
  let best = measure(prepare, n, factor, 3);
  for (const reps of [5, 7]) {
    if (best.ratio < bound) break;
    const next = measure(prepare, n, factor, reps);
    if (next.ratio < best.ratio) best = next;
  }
  return best;
};

/**
 * CPU cost of `candidate` relative to `baseline`, both run the same number of times (enough for
 * the cheaper to be measurable, never more than about 200 ms of the dearer), fastest of three.
 */
export const relativeCost = (candidate: () => unknown, baseline: () => unknown): { ratio: number } => {
  const tc = Math.max(cpuMs(candidate), 0.001);
  const tb = Math.max(cpuMs(baseline), 0.001);
  const times = Math.max(1, Math.min(Math.ceil(10 / Math.min(tc, tb)), Math.floor(200 / Math.max(tc, tb))));
  const c: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < 3; r++) {
    c.push(cpuMs(repeated(candidate)(times)));
    b.push(cpuMs(repeated(baseline)(times)));
  }
  return { ratio: fastest(c) / Math.max(fastest(b), 0.001) };
};
