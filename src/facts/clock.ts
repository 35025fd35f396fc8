import { utc } from '@date-fns/utc';
// Per-function entry points: the package root loads all ~250 date-fns modules (about 16 MiB of
// memory in Node, which does not tree-shake) for the two used here.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInMonths } from 'date-fns/differenceInMonths';

// Every calendar step runs in UTC: the library has no clock and no time zone of its own, so the
// same instants give the same month counts on a server in Berlin and a browser in Auckland.
const inUtc = { in: utc } as const;

// These run several times per recipient. date-fns' differenceInMonths and addMonths build about
// ten Date objects per call; the functions below do the same UTC steps on one or two, and test/perf/clock.test.ts
// holds them equal to date-fns (in its UTC context) over random dates under several machine time zones.

/** date-fns isLastDayOfMonth, in place of its three copies. */
const isLastDayOfMonth = (d: Date): boolean => {
  const next = new Date(d.getTime());
  next.setUTCDate(d.getUTCDate() + 1);
  return next.getUTCDate() === 1;
};

/** date-fns differenceInMonths(later, earlier) for earlier before later; other cases go to date-fns. */
const wholeMonths = (now: Date, then: Date): number => {
  const nowMs = now.getTime();
  const thenMs = then.getTime();
  if (!(thenMs < nowMs)) return differenceInMonths(now, then, inUtc);
  const difference = (now.getUTCFullYear() - then.getUTCFullYear()) * 12 + (now.getUTCMonth() - then.getUTCMonth());
  if (difference < 1) return 0;
  const working = new Date(nowMs);
  if (working.getUTCMonth() === 1 && working.getUTCDate() > 27) working.setUTCDate(30);
  working.setUTCMonth(working.getUTCMonth() - difference);
  const notFull = working.getTime() < thenMs && !(difference === 1 && isLastDayOfMonth(now));
  return notFull ? difference - 1 : difference;
};

/** Whole months elapsed from `then` to `now` (date-fns: a month counts once its day is reached). */
export const monthsBetween = (then: Date | undefined, now: Date): number | null =>
  then === undefined ? null : wholeMonths(now, then);

/** date-fns addMonths(date, amount).getTime(). */
const addMonthsMs = (date: Date, amount: number): number => {
  if (!amount) return date.getTime();
  const dayOfMonth = date.getUTCDate();
  const endOfDesiredMonth = new Date(date.getTime());
  endOfDesiredMonth.setUTCMonth(date.getUTCMonth() + amount + 1, 0);
  if (dayOfMonth >= endOfDesiredMonth.getUTCDate()) return endOfDesiredMonth.getTime();
  const result = new Date(date.getTime());
  result.setUTCFullYear(endOfDesiredMonth.getUTCFullYear(), endOfDesiredMonth.getUTCMonth(), dayOfMonth);
  return result.getTime();
};

/**
 * Months elapsed as a number with a fraction: the whole months of `monthsBetween` plus the
 * part of the month begun since. Rules compare it with `greaterThan 6` to mean the policy's
 * "länger als sechs Monate": exactly six months to the day is not yet longer, one day more is.
 */
export const exactMonthsBetween = (then: Date | undefined, now: Date): number | null => {
  if (then === undefined) return null;
  const whole = wholeMonths(now, then);
  const anchor = addMonthsMs(then, whole);
  const rest = now.getTime() - anchor;
  if (rest <= 0) return whole;
  // A month begun counts by its share of 30.44 days (the mean month): only "is there a rest" and
  // its rough size matter, so the exact length of that month is not worth a second addMonths.
  return whole + Math.min(rest / MEAN_MONTH_MS, 0.999);
};

const MEAN_MONTH_MS = 30.436875 * 24 * 60 * 60 * 1000;

export const daysBetween = (then: Date | undefined, now: Date): number | null =>
  then === undefined ? null : differenceInCalendarDays(now, then, inUtc);

/** The later of two optional dates (no rest parameters: this runs per recipient). */
export const later = (a: Date | undefined, b: Date | undefined): Date | undefined =>
  a === undefined ? b : b === undefined || a >= b ? a : b;

export const latest = (...dates: (Date | undefined)[]): Date | undefined =>
  dates.reduce<Date | undefined>((a, d) => (d && (!a || d > a) ? d : a), undefined);

/** ISO-8601 of an optional date (facts hand dates out as strings, the contract's evidence format). */
export const isoOrNull = (d: Date | undefined): string | null => (d === undefined ? null : d.toISOString());

/** The UTC day YYYY-MM-DD of an optional date, for messages. */
export const dayOrNull = (d: Date | undefined): string | null => (d === undefined ? null : d.toISOString().slice(0, 10));
