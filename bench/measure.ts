// Timing helpers: competitors run in interleaved rounds so background load hits all of them
// alike; each figure is the median over the rounds, timed in CPU time of this process.
//
// The order of the competitors turns by one every round, so each runs after each of the others
// equally often: CPU time counts V8's GC threads, and a competitor that runs right after
// json-rules-engine pays part of the garbage it left. (A full GC forced before every timed run
// was tried and dropped: it also ages out the compiled code of functions the other competitors
// do not call, so a short run such as one message analysis paid for compiling parse5 again:
// parse5.parse measured 30 ms instead of 3–5 ms.)

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Runs `fn` once and returns the milliseconds of CPU time this process spent (all its threads,
 * GC included). On a machine shared with other jobs, wall time mostly measures their load;
 * CPU time measures our work. On an idle machine the two agree for this single-threaded code.
 */
export const timeMs = async (fn: () => unknown): Promise<number> => {
  const t = process.cpuUsage();
  await fn();
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
};

/**
 * The median over rounds of a[i] / b[i]: a ratio of two competitors measured side by side in
 * each round. Load on this shared machine drifts within a run; both runs of a round see nearly
 * the same load, so each round's ratio cancels most of it, where a ratio of the two medians
 * can pair a quiet round of one with a busy round of the other.
 */
export const pairedRatio = (a: readonly number[], b: readonly number[]): number => {
  if (a.length !== b.length || a.length === 0) throw new Error(`pairedRatio needs two equal, non-empty lists (${a.length} and ${b.length})`);
  return median(a.map((x, i) => x / b[i]!));
};

export interface Competitor {
  readonly name: string;
  /** Units of work one call of `run` does (recipients, messages). */
  readonly units: number;
  readonly run: () => unknown;
}

/** Rates (units per second), one list per competitor, after one untimed warm-up round; the order turns every round. */
export const interleaved = async (competitors: readonly Competitor[], rounds: number): Promise<Map<string, number[]>> => {
  const rates = new Map<string, number[]>(competitors.map((c) => [c.name, []]));
  for (const c of competitors) await c.run();
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < competitors.length; k++) {
      const c = competitors[(r + k) % competitors.length]!;
      rates.get(c.name)!.push((c.units / (await timeMs(c.run))) * 1000);
    }
  }
  return rates;
};
