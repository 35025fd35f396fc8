// Timing helpers: competitors run in interleaved rounds so background load hits all of them
// alike; each figure is the median over the rounds, timed in CPU time of this process. Before
// every timed run, untimed: a full garbage collection, then a wait until V8's background threads
// (concurrent sweeping after that collection) are idle. So no competitor pays for the garbage
// the one before it left (json-rules-engine leaves a lot), nor for the collection itself: CPU
// time counts V8's GC threads, and sweeping right after a forced GC otherwise lands in the next
// timed run (it made short runs such as one message analysis look several times slower).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// --expose-gc switched on at run time (it changes no heap sizes), so the bench needs no flags.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** Full GC, then wait (up to a second) until the process spends under 1 ms of CPU per 20 ms idle. */
const settle = async (): Promise<void> => {
  collectGarbage();
  for (let i = 0; i < 50; i++) {
    const t = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (cpuMs(t) < 1) return;
  }
};

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
  await settle();
  const t = process.cpuUsage();
  await fn();
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
};

export interface Competitor {
  readonly name: string;
  /** Units of work one call of `run` does (recipients, messages). */
  readonly units: number;
  readonly run: () => unknown;
}

/** Rates (units per second), one list per competitor, after one untimed warm-up round. */
export const interleaved = async (competitors: readonly Competitor[], rounds: number): Promise<Map<string, number[]>> => {
  const rates = new Map<string, number[]>(competitors.map((c) => [c.name, []]));
  for (const c of competitors) await c.run();
  for (let r = 0; r < rounds; r++) {
    for (const c of competitors) rates.get(c.name)!.push((c.units / (await timeMs(c.run))) * 1000);
  }
  return rates;
};
