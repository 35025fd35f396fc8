// The error testRule throws. Test runners (vitest, jest, node:test, mocha) fail a test on any
// thrown error; the name 'AssertionError' and actual/expected make them print it as an assertion.
// No node:assert import: this entry also runs in browsers (web-test-runner, vitest browser mode).

export class RuleTestError extends Error {
  readonly actual: unknown;
  readonly expected: unknown;
  constructor(message: string, actual?: unknown, expected?: unknown) {
    super(message);
    this.name = 'AssertionError';
    this.actual = actual;
    this.expected = expected;
  }
}

/** Structural equality of JSON-like values (dates by time). */
export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
};
