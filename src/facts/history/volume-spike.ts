import type { FactDefinition } from '../types.js';

export interface VolumeFacts {
  /** Today's planned volume: the last entry of `history.dailyVolumes`. */
  readonly today: number | null;
  /** How many earlier days form the baseline. */
  readonly baselineDays: number;
  /** Median of the earlier days: robust against one earlier spike, unlike the mean (M4). */
  readonly baselineMedian: number | null;
  /** today / median; null without earlier days or when the median is 0 (no baseline to compare with). */
  readonly ratio: number | null;
}

export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const volumeSpike: FactDefinition<VolumeFacts> = {
  name: 'volumeSpike',
  scope: 'history',
  description: "Today's planned volume against the median of the earlier days in history.dailyVolumes (M4).",
  compute: ({ history }) => {
    const days = history.dailyVolumes ?? [];
    const today = days.length > 0 ? days[days.length - 1]! : null;
    const earlier = days.slice(0, -1);
    const baselineMedian = median(earlier);
    return {
      today,
      baselineDays: earlier.length,
      baselineMedian,
      ratio: today === null || baselineMedian === null || baselineMedian === 0 ? null : today / baselineMedian,
    };
  },
};
