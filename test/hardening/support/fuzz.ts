// Seeded fast-check runs. `npm test` uses one fixed seed, so the suite is deterministic;
// FUZZ_SEED=random draws a fresh one (a deep or nightly run explores new inputs), and a failure
// names the seed and the shrunk counterexample, so `FUZZ_SEED=<seed> npx vitest run
// test/hardening` replays it exactly.
import fc from 'fast-check';

const fromEnv = process.env.FUZZ_SEED;
const FIXED_SEED = 20_261_204;
export const FUZZ_SEED =
  fromEnv === undefined || fromEnv === '' ? FIXED_SEED : fromEnv === 'random' ? (Math.random() * 0x7fffffff) | 0 : Number(fromEnv);

/** FUZZ_SCALE=10 runs ten times the cases (a nightly or a local deep run). */
const scale = Number(process.env.FUZZ_SCALE ?? 1) || 1;

/**
 * Cases per property in one CI run. The sum is the suite's fuzz budget (at least 10,000,
 * test/hardening/fuzz-budget.test.ts holds it there), sized to keep the suite fast.
 * Heavy tests carry HEAVY_TIMEOUT: on a loaded shared machine they run several times slower.
 */
export const FUZZ_RUNS = {
  checkOutcome: 3_000,
  deterministic: 1_000,
  frozenInputs: 1_000,
  oneVerdictEach: 1_500,
  checkRecipientsStream: 500,
  analyzeMessage: 1_500,
  fromEml: 1_000,
  forbiddenKeyAnywhere: 500,
  limitsNeverSilent: 500,
  publicApiWrongTypes: 1_000,
  publicApiHostileFields: 300,
  everyOperatorValue: 600,
} as const;

/** Per-test timeout of the fuzz and full-size tests: generous, since the CI machine may be shared. */
export const HEAVY_TIMEOUT = 300_000;

export const runsFor = (name: keyof typeof FUZZ_RUNS): number => Math.ceil(FUZZ_RUNS[name] * scale);

export const fuzz = async <T>(name: keyof typeof FUZZ_RUNS, property: fc.IAsyncPropertyWithHooks<T> | fc.IPropertyWithHooks<T>): Promise<void> => {
  try {
    await fc.assert(property as fc.IAsyncPropertyWithHooks<T>, { seed: FUZZ_SEED, numRuns: runsFor(name) });
  } catch (e) {
    const err = e as Error;
    err.message = `fuzz property "${name}" failed; replay with FUZZ_SEED=${FUZZ_SEED}\n${err.message}`;
    throw err;
  }
};
