import { describe, expect, it } from 'vitest';
import { median } from '../../src/facts/history/volume-spike.js';
import { blocklistOperator } from '../../src/facts/history/blocklistings.js';
import { percentOf } from '../../src/facts/history/percent-of.js';

describe('history fact helpers', () => {
  it('median of odd and even counts, null for none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
  it('percentages hit thresholds exactly', () => {
    expect(percentOf(3, 1000)).toBe(0.3);
    expect(percentOf(1, 1000)).toBe(0.1);
    expect(percentOf(1, 0)).toBeNull();
  });
  it('names the operator of a blocklist from its zone or label', () => {
    expect(blocklistOperator(' zen.spamhaus.org ')).toBe('spamhaus');
    expect(blocklistOperator('Spamhaus DBL')).toBe('spamhaus');
    expect(blocklistOperator('Some Local List')).toBe('some local list');
  });
});
