// The bench's ratios: the median of each round's own ratio, so a load swing that slows both
// competitors of a round alike does not move the figure.
import { describe, expect, it } from 'vitest';
import { median, pairedRatio } from '../../bench/measure.js';

describe('pairedRatio', () => {
  it('is the median of the rounds’ ratios', () => {
    expect(pairedRatio([10, 20, 30], [5, 5, 10])).toBe(3); // ratios 2, 4, 3
    expect(pairedRatio([4, 9], [2, 3])).toBe(2.5); // ratios 2, 3
  });

  it('keeps the ratio when load hits the two competitors in different rounds, where the ratio of the medians does not', () => {
    // a is twice as fast as b; "loaded" halves a run's rate. Two rounds load both, two only a, one only b.
    const a = [200, 100, 100, 200, 200, 100, 100];
    const b = [100, 50, 100, 50, 100, 50, 100];
    expect(pairedRatio(a, b)).toBe(2); // the rounds' ratios: 2, 2, 1, 4, 2, 2, 1
    expect(median(a) / median(b)).toBe(1);
  });

  it('rejects lists of different lengths or no rounds', () => {
    expect(() => pairedRatio([1, 2], [1])).toThrow(/equal, non-empty/);
    expect(() => pairedRatio([], [])).toThrow(/equal, non-empty/);
  });
});
