import type { FactDefinition } from '../types.js';

export interface VolumeFacts {
  /** Today's planned volume: the last entry of `history.dailyVolumes`. */
  readonly today: number | null;
  /** How many earlier days form the baseline. */
  readonly baselineDays: number;
  /**
   * Median of the baseline days: robust against one earlier spike, unlike the mean (M4). The
   * baseline is the same weekday of earlier weeks (days 7, 14, … before today) when the history
   * reaches back a week: a weekly newsletter on top of daily transactional mail is judged against
   * the earlier newsletter days, not against a median of the two streams mixed. With less than a
   * week, every earlier day.
   */
  readonly baselineMedian: number | null;
  /** 'same-weekday' or 'all-days': which earlier days the baseline takes. */
  readonly basis: 'same-weekday' | 'all-days' | null;
  /** today / median; null without earlier days or when the median is 0 (no baseline to compare with). */
  readonly ratio: number | null;
}

const WEEK = 7;

export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const volumeSpike: FactDefinition<VolumeFacts> = {
  name: 'volumeSpike',
  scope: 'history',
  description: "Today's planned volume against the median of the same weekday in earlier weeks of history.dailyVolumes (every earlier day with less than a week of history) (M4).",
  compute: ({ history }) => {
    const days = history.dailyVolumes ?? [];
    const today = days.length > 0 ? days[days.length - 1]! : null;
    const all = days.slice(0, -1);
    const sameWeekday: number[] = [];
    for (let i = days.length - 1 - WEEK; i >= 0; i -= WEEK) sameWeekday.push(days[i]!);
    const earlier = sameWeekday.length > 0 ? sameWeekday : all;
    const baselineMedian = median(earlier);
    return {
      today,
      baselineDays: earlier.length,
      baselineMedian,
      basis: today === null || earlier.length === 0 ? null : sameWeekday.length > 0 ? 'same-weekday' : 'all-days',
      ratio: today === null || baselineMedian === null || baselineMedian === 0 ? null : today / baselineMedian,
    };
  },
};
