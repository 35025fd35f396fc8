import { UTCDateMini } from '@date-fns/utc/date/mini';
// Per-function entry points: the package root loads all ~250 date-fns modules (about 16 MiB of
// memory in Node, which does not tree-shake) for the two used here.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInMonths } from 'date-fns/differenceInMonths';
import { DAY_MS, daysFromCivil, floorDiv } from '../model/civil-days.js';
import { localDay, type CalendarZone } from './calendar-zone.js';

// Every calendar step runs in UTC: the library has no clock and no time zone of its own, so the
// same instants give the same month counts on a server in Berlin and a browser in Auckland.
// UTCDateMini, not @date-fns/utc's `utc`: its full UTCDate builds three Intl formatters when
// loaded, and the first Intl object of a process costs ~20 ms of ICU set-up, paid at every
// import of the library although no date is ever formatted here.
const inUtc = { in: (value: Date | number | string) => new UTCDateMini(+new Date(value)) } as const;

// These run several times per recipient. date-fns' differenceInMonths and addMonths build about
// ten Date objects per call; the functions below do the same UTC calendar steps in integer
// arithmetic on day numbers (no Date at all), and test/perf/clock.test.ts holds them equal to
// date-fns (in its UTC context) over random dates, month ends and leap days, under several
// machine time zones.

/**
 * A day given as a month index (year × 12 + month 0–11) and a day of the month that may run past
 * the month's end: it rolls on into the next months, as Date's setters roll.
 */
const daysFromMonthIndex = (monthIndex: number, day: number): number => {
  const year = floorDiv(monthIndex, 12);
  return daysFromCivil(year, monthIndex - year * 12 + 1, day);
};

/**
 * The month index (year × 12 + month 0–11) × 32 + day − 1 of a day number: civil_from_days,
 * packed (`civil >> 5` is the month index, `civil & 31` the day − 1, for negative years too).
 * In int32 arithmetic, as daysFromCivil: every quotient below but the era's is of a non-negative number.
 */
const civilFromDays = (days: number): number => {
  const z = days + 719468;
  const era = floorDiv(z, 146097);
  const dayOfEra = z - era * 146097; // 0–146096
  const yearOfEra = ((dayOfEra - ((dayOfEra / 1460) | 0) + ((dayOfEra / 36524) | 0) - ((dayOfEra / 146096) | 0)) / 365) | 0;
  const dayOfYear = dayOfEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0));
  const mp = ((5 * dayOfYear + 2) / 153) | 0;
  const day = dayOfYear - (((153 * mp + 2) / 5) | 0) + 1;
  const month = mp < 10 ? mp + 2 : mp - 10; // 0–11
  const year = yearOfEra + era * 400 + (month <= 1 ? 1 : 0);
  return (year * 12 + month) * 32 + day - 1;
};

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const daysInMonth = (monthIndex: number): number => {
  const year = floorDiv(monthIndex, 12);
  const month = monthIndex - year * 12;
  if (month === 1) return isLeapYear(year) ? 29 : 28;
  return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
};

/** date-fns differenceInMonths(later, earlier) in UTC, for earlier before later (other cases go to date-fns). */
const wholeMonths = (now: Date, then: Date): number => {
  const thenMs = then.getTime();
  if (!(thenMs < now.getTime())) return differenceInMonths(now, then, inUtc);
  return wholeMonthsBefore(now.getTime(), thenMs, civilFromDays(Math.floor(thenMs / DAY_MS)) >> 5);
};

/** wholeMonths for thenMs < nowMs, given then's month index (year × 12 + month 0–11). */
const wholeMonthsBefore = (nowMs: number, thenMs: number, thenMonth: number): number => {
  const nowDays = Math.floor(nowMs / DAY_MS);
  const nowCivil = civilFromDays(nowDays);
  const nowMonth = nowCivil >> 5;
  const nowDay = (nowCivil & 31) + 1;
  const difference = nowMonth - thenMonth;
  if (difference < 1) return 0;
  // date-fns moves `now` back by `difference` months with setMonth, after turning a late
  // February day into "February 30" (which rolls into March).
  let month = nowMonth;
  let day = nowDay;
  if (month - floorDiv(month, 12) * 12 === 1 && day > 27) {
    const rolled = civilFromDays(daysFromMonthIndex(month, 30));
    month = rolled >> 5;
    day = (rolled & 31) + 1;
  }
  const workingMs = daysFromMonthIndex(month - difference, day) * DAY_MS + (nowMs - nowDays * DAY_MS);
  const notFull = workingMs < thenMs && !(difference === 1 && nowDay === daysInMonth(nowMonth));
  return notFull ? difference - 1 : difference;
};

/** Whole months elapsed from `then` to `now` (date-fns: a month counts once its day is reached). */
export const monthsBetween = (then: Date | undefined, now: Date): number | null =>
  then === undefined ? null : wholeMonths(now, then);

/** date-fns addMonths(date, amount).getTime() in UTC: the day of the month kept, or the month's last day. */
const addMonthsMs = (date: Date, amount: number): number => {
  const ms = date.getTime();
  if (!amount) return ms;
  const days = Math.floor(ms / DAY_MS);
  return addMonthsCivil(ms, days, civilFromDays(days), amount);
};

/** addMonthsMs given the date's day number and packed civil day (civilFromDays). */
const addMonthsCivil = (ms: number, days: number, civil: number, amount: number): number => {
  if (!amount) return ms;
  const month = civil >> 5;
  const day = (civil & 31) + 1;
  const target = month + amount;
  return daysFromMonthIndex(target, Math.min(day, daysInMonth(target))) * DAY_MS + (ms - days * DAY_MS);
};

/**
 * Months elapsed as a number with a fraction: the whole months of `monthsBetween` plus the
 * part of the month begun since. Rules compare it with `greaterThan 6` to mean the policy's
 * "länger als sechs Monate": exactly six months to the day is not yet longer, one day more is.
 * `whole`, when the caller has it from `monthsBetween`, saves working it out again.
 */
export const exactMonthsBetween = (then: Date | undefined, now: Date, whole?: number | null): number | null => {
  if (then === undefined) return null;
  const months = whole ?? wholeMonths(now, then);
  const anchor = addMonthsMs(then, months);
  const rest = now.getTime() - anchor;
  if (rest <= 0) return months;
  // A month begun counts by its share of 30.44 days (the mean month): only "is there a rest" and
  // its rough size matter, so the exact length of that month is not worth a second addMonths.
  return months + Math.min(rest / MEAN_MONTH_MS, 0.999);
};

const MEAN_MONTH_MS = 30.436875 * 24 * 60 * 60 * 1000;

export const daysBetween = (then: Date | undefined, now: Date): number | null =>
  then === undefined ? null : differenceInCalendarDays(now, then, inUtc);

/** The later of two optional dates (no rest parameters: this runs per recipient). */
export const later = (a: Date | undefined, b: Date | undefined): Date | undefined =>
  a === undefined ? b : b === undefined || a.getTime() >= b.getTime() ? a : b;

export const latest = (...dates: (Date | undefined)[]): Date | undefined =>
  dates.reduce<Date | undefined>((a, d) => (d && (!a || d > a) ? d : a), undefined);

const ZERO = 48;

/**
 * `date.toISOString()` of a packed civil day (civilFromDays) and the milliseconds since its
 * midnight, as one string made at once; null outside the years 0–9999 (the ±YYYYYY form), which
 * the caller leaves to toISOString. Facts format two dates per recipient: V8's own formatting
 * costs about three times more, and a template literal of the parts several intermediate strings.
 */
const isoOfCivil = (civil: number, t: number): string | null => {
  const monthIndex = civil >> 5;
  const year = floorDiv(monthIndex, 12);
  if (year < 0 || year > 9999) return null;
  // From here every part is a non-negative int32: `| 0` truncates, and V8 divides by multiplying.
  const month = monthIndex - year * 12 + 1;
  const day = (civil & 31) + 1;
  const ms = t | 0;
  const hour = (ms / 3_600_000) | 0;
  const minute = ((ms / 60_000) | 0) % 60;
  const second = ((ms / 1000) | 0) % 60;
  const milli = ms % 1000;
  return String.fromCharCode(
    ZERO + ((year / 1000) | 0), ZERO + (((year / 100) | 0) % 10), ZERO + (((year / 10) | 0) % 10), ZERO + (year % 10), 45,
    ZERO + ((month / 10) | 0), ZERO + (month % 10), 45,
    ZERO + ((day / 10) | 0), ZERO + (day % 10), 84,
    ZERO + ((hour / 10) | 0), ZERO + (hour % 10), 58,
    ZERO + ((minute / 10) | 0), ZERO + (minute % 10), 58,
    ZERO + ((second / 10) | 0), ZERO + (second % 10), 46,
    ZERO + ((milli / 100) | 0), ZERO + (((milli / 10) | 0) % 10), ZERO + (milli % 10), 90,
  );
};

/** `date.toISOString()`, formatted from day-number arithmetic (isoOfCivil). */
export const isoString = (date: Date): string => {
  const ms = date.getTime();
  const days = Math.floor(ms / DAY_MS);
  return isoOfCivil(civilFromDays(days), ms - days * DAY_MS) ?? date.toISOString();
};

/** The UTC day YYYY-MM-DD of an ISO string (±YYYYYY-MM-DD beyond the years 0–9999). */
export const dayOfIso = (iso: string): string => iso.slice(0, iso.length === 24 ? 10 : iso.indexOf('T'));

/** ISO-8601 of an optional date (facts hand dates out as strings, the contract's evidence format). */
export const isoOrNull = (d: Date | undefined): string | null => (d === undefined ? null : isoString(d));

/** What the recipient clocks say about one date: its ISO form, whole and exact months since. */
export interface Elapsed {
  readonly iso: string;
  /** The UTC day of `iso`, YYYY-MM-DD (±YYYYYY-MM-DD beyond the years 0–9999). */
  readonly day: string;
  readonly months: number;
  readonly exactMonths: number;
}

/**
 * `isoString(then)` (and its day), `monthsBetween(then, now)` and `exactMonthsBetween(then, now)` at once: the
 * three share the calendar day of `then`, worked out here once instead of three times.
 */
export const elapsedSince = (then: Date, now: Date): Elapsed => {
  const thenMs = then.getTime();
  const nowMs = now.getTime();
  const days = Math.floor(thenMs / DAY_MS);
  const civil = civilFromDays(days);
  const iso = isoOfCivil(civil, thenMs - days * DAY_MS) ?? then.toISOString();
  const day = dayOfIso(iso);
  if (!(thenMs < nowMs)) {
    const months = wholeMonths(now, then);
    return { iso, day, months, exactMonths: exactMonthsBetween(then, now, months)! };
  }
  const months = wholeMonthsBefore(nowMs, thenMs, civil >> 5);
  const rest = nowMs - addMonthsCivil(thenMs, days, civil, months);
  return { iso, day, months, exactMonths: rest <= 0 ? months : months + Math.min(rest / MEAN_MONTH_MS, 0.999) };
};

/** The UTC day YYYY-MM-DD of an optional date, for messages. */
export const dayOrNull = (d: Date | undefined): string | null => (d === undefined ? null : dayOfIso(isoString(d)));

/**
 * elapsedSince counted in the calendar days of a time zone, as German law counts periods
 * (§ 187 (1), § 188 (2) BGB): the day of the event does not count, and a period of months ends
 * with the day of the last month that has the event's number (or that month's last day, § 188
 * (3)). Both instants are taken to their day in `zone`; the months are counted from day to day,
 * so "länger als sechs Monate" after an open on 28 May is first reached on 29 November, whatever
 * the hour. `iso` stays the UTC instant; `day` is the zone's calendar day of `then`.
 */
export const calendarElapsed = (then: Date, now: Date, zone: CalendarZone): Elapsed => {
  const thenMs = then.getTime();
  const thenDay = localDay(zone, thenMs);
  const nowDay = localDay(zone, now.getTime());
  const thenMid = thenDay * DAY_MS;
  const nowMid = nowDay * DAY_MS;
  const civil = civilFromDays(thenDay);
  const iso = isoString(then);
  const day = dayOfIso(isoOfCivil(civil, 0) ?? new Date(thenMid).toISOString());
  if (!(thenMid < nowMid)) {
    const a = new Date(thenMid);
    const b = new Date(nowMid);
    const months = wholeMonths(b, a);
    return { iso, day, months, exactMonths: exactMonthsBetween(a, b, months)! };
  }
  const months = wholeMonthsBefore(nowMid, thenMid, civil >> 5);
  const rest = nowMid - addMonthsCivil(thenMid, thenDay, civil, months);
  return { iso, day, months, exactMonths: rest <= 0 ? months : months + Math.min(rest / MEAN_MONTH_MS, 0.999) };
};

/** The calendar day (YYYY-MM-DD) of an optional date in `zone`, for messages. */
export const calendarDayOrNull = (d: Date | undefined, zone: CalendarZone): string | null => {
  if (d === undefined) return null;
  const days = localDay(zone, d.getTime());
  return dayOfIso(isoOfCivil(civilFromDays(days), 0) ?? new Date(days * DAY_MS).toISOString());
};
