import { addMonths, differenceInCalendarDays, differenceInMonths } from 'date-fns';

/** Whole months elapsed from `then` to `now` (date-fns: a month counts once its day is reached). */
export const monthsBetween = (then: Date | undefined, now: Date): number | null =>
  then === undefined ? null : differenceInMonths(now, then);

/**
 * Months elapsed as a number with a fraction: the whole months of `monthsBetween` plus the
 * part of the month begun since. Rules compare it with `greaterThan 6` to mean the policy's
 * "länger als sechs Monate": exactly six months to the day is not yet longer, one day more is.
 */
export const exactMonthsBetween = (then: Date | undefined, now: Date): number | null => {
  if (then === undefined) return null;
  const whole = differenceInMonths(now, then);
  const anchor = addMonths(then, whole).getTime();
  const rest = now.getTime() - anchor;
  if (rest <= 0) return whole;
  // A month begun counts by its share of 30.44 days (the mean month): only "is there a rest" and
  // its rough size matter, so the exact length of that month is not worth a second addMonths.
  return whole + Math.min(rest / MEAN_MONTH_MS, 0.999);
};

const MEAN_MONTH_MS = 30.436875 * 24 * 60 * 60 * 1000;

export const daysBetween = (then: Date | undefined, now: Date): number | null =>
  then === undefined ? null : differenceInCalendarDays(now, then);

/** The later of two optional dates (no rest parameters: this runs per recipient). */
export const later = (a: Date | undefined, b: Date | undefined): Date | undefined =>
  a === undefined ? b : b === undefined || a >= b ? a : b;

export const latest = (...dates: (Date | undefined)[]): Date | undefined =>
  dates.reduce<Date | undefined>((a, d) => (d && (!a || d > a) ? d : a), undefined);

/** ISO-8601 of an optional date (facts hand dates out as strings, the contract's evidence format). */
export const isoOrNull = (d: Date | undefined): string | null => (d === undefined ? null : d.toISOString());

/** The UTC day YYYY-MM-DD of an optional date, for messages. */
export const dayOrNull = (d: Date | undefined): string | null => (d === undefined ? null : d.toISOString().slice(0, 10));
