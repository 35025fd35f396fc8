/**
 * `count` as a percentage of `base`; null when there is no base to divide by.
 * Multiplying before dividing keeps exact thresholds exact: 3 of 1000 gives the double 0.3,
 * the same number as the option `0.3`, so "at the threshold" compares equal.
 */
export const percentOf = (count: number, base: number): number | null => (base > 0 ? (count * 100) / base : null);
