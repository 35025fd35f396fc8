import { differenceInCalendarDays, differenceInMonths } from 'date-fns';

// These run several times per recipient. date-fns' differenceInMonths and addMonths build about
// ten Date objects per call; the functions below do the same local-time steps on one or two, and
// test/perf/clock.test.ts holds them equal to date-fns over random dates in several time zones.

/** date-fns isLastDayOfMonth, in place of its three copies. */
const isLastDayOfMonth = (d: Date): boolean => {
  const next = new Date(d.getTime());
  next.setDate(d.getDate() + 1);
  return next.getDate() === 1;
};

/** date-fns differenceInMonths(later, earlier) for earlier before later; other cases go to date-fns. */
const wholeMonths = (now: Date, then: Date): number => {
  const nowMs = now.getTime();
  const thenMs = then.getTime();
  if (!(thenMs < nowMs)) return differenceInMonths(now, then);
  const difference = (now.getFullYear() - then.getFullYear()) * 12 + (now.getMonth() - then.getMonth());
  if (difference < 1) return 0;
  const working = new Date(nowMs);
  if (working.getMonth() === 1 && working.getDate() > 27) working.setDate(30);
  working.setMonth(working.getMonth() - difference);
  const notFull = working.getTime() < thenMs && !(difference === 1 && isLastDayOfMonth(now));
  return notFull ? difference - 1 : difference;
};

// activity and recipientClock ask for the whole and the exact months of the same two dates one
// after the other: the last answer is kept (a pure function's memo, keyed by both instants).
let memoThen = NaN;
let memoNow = NaN;
let memoMonths = 0;

/** Whole months elapsed from `then` to `now` (date-fns: a month counts once its day is reached). */
export const monthsBetween = (then: Date | undefined, now: Date): number | null => {
  if (then === undefined) return null;
  const t = then.getTime();
  const n = now.getTime();
  if (t !== memoThen || n !== memoNow) {
    memoMonths = wholeMonths(now, then);
    memoThen = t;
    memoNow = n;
  }
  return memoMonths;
};

/** date-fns addMonths(date, amount).getTime(). */
const addMonthsMs = (date: Date, amount: number): number => {
  if (!amount) return date.getTime();
  const dayOfMonth = date.getDate();
  const endOfDesiredMonth = new Date(date.getTime());
  endOfDesiredMonth.setMonth(date.getMonth() + amount + 1, 0);
  if (dayOfMonth >= endOfDesiredMonth.getDate()) return endOfDesiredMonth.getTime();
  const result = new Date(date.getTime());
  result.setFullYear(endOfDesiredMonth.getFullYear(), endOfDesiredMonth.getMonth(), dayOfMonth);
  return result.getTime();
};

/**
 * Months elapsed as a number with a fraction: the whole months of `monthsBetween` plus the
 * part of the month begun since. Rules compare it with `greaterThan 6` to mean the policy's
 * "länger als sechs Monate": exactly six months to the day is not yet longer, one day more is.
 */
export const exactMonthsBetween = (then: Date | undefined, now: Date): number | null => {
  if (then === undefined) return null;
  const whole = monthsBetween(then, now)!;
  const anchor = addMonthsMs(then, whole);
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
