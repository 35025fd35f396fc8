// ISO-8601 date strings read in one pass: whether zod's `z.iso.datetime({ offset: true })` or
// `z.iso.date()` accepts the string, and the instant `new Date(s)` gives for it. A recipient
// record carries up to seven dates; zod's datetime pattern (a regex of the calendar's rules)
// followed by a second pass to read the numbers cost about a quarter of checking a recipient,
// and V8's general date parser half a microsecond more per string. test/perf/iso-date.test.ts
// holds the accepted set equal to zod's two patterns and the instant equal to `new Date(s)`.

import { DAY_MS, daysFromCivil } from './civil-days.js';

// Any non-digit reads as this: every sum it enters stays negative, so one range check catches it.
const NOT_A_DIGIT = -1e9;

const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NOT_A_DIGIT;
};
const two = (s: string, i: number): number => digit(s, i) * 10 + digit(s, i + 1);

// The patterns' February: 29 days where the year's last two digits are a multiple of 4 but not
// 00, or the year a multiple of 400 (the Gregorian rule, which the patterns spell out digit by digit).
const monthLength = (year: number, month: number): number => {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
};

const MINUS = 45;
const PLUS = 43;
const COLON = 58;
const DOT = 46;
const T = 84;
const Z = 90;

/**
 * The epoch milliseconds of YYYY-MM-DD (midnight UTC) or YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM),
 * with zod's ranges (a real calendar day, hours 00–23, minutes and seconds 00–59, offset hours
 * 00–23); NaN for every other string. A fraction keeps its first three digits, as `new Date` does.
 */
export const isoInstantMs = (s: string): number => {
  const n = s.length;
  if ((n !== 10 && n < 20) || s.charCodeAt(4) !== MINUS || s.charCodeAt(7) !== MINUS) return NaN;
  const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return NaN;
  const dayMs = daysFromCivil(year, month, day) * DAY_MS;
  if (n === 10) return dayMs;
  if (s.charCodeAt(10) !== T || s.charCodeAt(13) !== COLON || s.charCodeAt(16) !== COLON) return NaN;
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = two(s, 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return NaN;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === DOT) {
    const start = ++i;
    for (; i < n; i++) {
      const d = digit(s, i);
      if (d < 0) break;
      if (i - start < 3) ms = ms * 10 + d;
    }
    if (i === start) return NaN;
    if (i - start < 3) ms *= i - start === 1 ? 100 : 10;
  }
  let offsetMinutes = 0;
  const zone = s.charCodeAt(i);
  if (zone === Z) {
    if (i !== n - 1) return NaN;
  } else if ((zone === PLUS || zone === MINUS) && i === n - 6 && s.charCodeAt(i + 3) === COLON) {
    const oh = two(s, i + 1);
    const om = two(s, i + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offsetMinutes = (zone === MINUS ? -1 : 1) * (oh * 60 + om);
  } else return NaN;
  return dayMs + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + ms;
};
