// isNumberLike answers numbers, undefined, null and booleans without parseFloat's string round
// trip; json-rules-engine's own test (parseFloat of the value is a number) is the reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNumberLike } from '../../../src/engine/evaluate/operators.js';
import { outcome } from '../../helpers/outcome.js';

const reference = (v: unknown) => !Number.isNaN(Number.parseFloat(v as string));

// Objects whose string conversion throws ({ toString: false }) throw either way.

describe('isNumberLike', () => {
  it("answers as json-rules-engine's parseFloat test does, for any value", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.double(), fc.constantFrom(undefined, null, true, false, '', ' 1', '1e3', 'Infinity', '-0', NaN, [1], ['x'], { toString: () => '7' }, { toString: false }, Object.create(null))), (v) => {
        expect(outcome(() => isNumberLike(v))).toBe(outcome(() => reference(v)));
      }),
      { numRuns: 5000 },
    );
  });
});
