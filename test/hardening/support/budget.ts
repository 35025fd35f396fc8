// A generous CPU-time cap for hostile inputs, in place of growth ratios in the suite.
//
// Growth ratios (4× the input, at most 8× the time) flaked on busy machines: two sizes can
// straddle a cache or GC step, and a neighbour can spoil one measurement. The cap below is far
// above what linear work costs at these sizes (a few to a few hundred milliseconds) and far
// below what quadratic work or regex backtracking costs (n² over 100,000 characters is ~5·10⁹
// steps: many seconds). It reads this process's CPU time, so other processes on a shared
// machine do not count. The ratios themselves are printed by `npm run bench` (hostile growth).

/** CPU milliseconds (user + system) of this process spent in `work`. */
export const cpuMs = (work: () => unknown): number => {
  const start = process.cpuUsage();
  work();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
};

/** The cap for one hostile input at full size. */
export const CPU_CAP_MS = 4_000;
