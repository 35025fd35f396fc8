import { differenceInCalendarDays, differenceInMonths } from 'date-fns';

/** Whole months elapsed from `then` to `now` (date-fns: a month counts once its day is reached). */
export const monthsBetween = (then: Date | undefined, now: Date): number | null =>
  then === undefined ? null : differenceInMonths(now, then);

export const daysBetween = (then: Date | undefined, now: Date): number | null =>
  then === undefined ? null : differenceInCalendarDays(now, then);

export const latest = (...dates: (Date | undefined)[]): Date | undefined =>
  dates.reduce<Date | undefined>((a, d) => (d && (!a || d > a) ? d : a), undefined);
