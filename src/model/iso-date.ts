// ISO-8601 date strings read in one pass: whether zod's `z.iso.datetime({ offset: true })` or
// `z.iso.date()` accepts the string, and the instant it names (what `new Date(s)` gives, see
// below for one exception). A recipient
// record carries up to seven dates; zod's datetime pattern (a regex of the calendar's rules)
// followed by a second pass to read the numbers cost about a quarter of checking a recipient,
// and V8's general date parser half a microsecond more per string. test/perf/iso-date.test.ts
// holds the accepted set equal to zod's two patterns and the instant equal to `new Date(s)`
// (with a fraction of up to nine digits).
//
// The exception: a fraction of ten or more digits. The instant keeps the fraction's first three
// digits (milliseconds, the rest dropped, as for shorter fractions), while V8's parser then reads
// the first three digits after any leading zeros: `new Date('…00.0100000000Z')` is 100 ms, not 10.
// Other engines parse such strings their own way; this reading is the same everywhere.

import { DAY_MS, daysFromCivil } from './civil-days.js';

// Character codes minus ZERO are digit values for 0–9. The characters are read inline below rather
// than through helpers: this runs up to seven times per recipient record, and V8 did not always
// inline the helpers there. The length checks come first, because a position past the end reads
// NaN and `NaN >>> 0` is 0, a digit. The only such read left is the zone's, after a fraction
// that runs to the end: NaN is neither Z nor a sign.
const ZERO = 48;

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
 * 00–23); NaN for every other string. A fraction keeps its first three digits.
 */
export const isoInstantMs = (s: string): number => {
  const n = s.length;
  if ((n !== 10 && n < 20) || s.charCodeAt(4) !== MINUS || s.charCodeAt(7) !== MINUS) return NaN;
  const y0 = s.charCodeAt(0) - ZERO;
  const y1 = s.charCodeAt(1) - ZERO;
  const y2 = s.charCodeAt(2) - ZERO;
  const y3 = s.charCodeAt(3) - ZERO;
  const m0 = s.charCodeAt(5) - ZERO;
  const m1 = s.charCodeAt(6) - ZERO;
  const d0 = s.charCodeAt(8) - ZERO;
  const d1 = s.charCodeAt(9) - ZERO;
  // `x >>> 0 > 9` is true for any value outside 0–9, the negative ones included.
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || m0 >>> 0 > 1 || m1 >>> 0 > 9 || d0 >>> 0 > 3 || d1 >>> 0 > 9) return NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return NaN;
  const dayMs = daysFromCivil(year, month, day) * DAY_MS;
  if (n === 10) return dayMs;
  if (s.charCodeAt(10) !== T || s.charCodeAt(13) !== COLON || s.charCodeAt(16) !== COLON) return NaN;
  const h0 = s.charCodeAt(11) - ZERO;
  const h1 = s.charCodeAt(12) - ZERO;
  const i0 = s.charCodeAt(14) - ZERO;
  const i1 = s.charCodeAt(15) - ZERO;
  const s0 = s.charCodeAt(17) - ZERO;
  const s1 = s.charCodeAt(18) - ZERO;
  if (h0 >>> 0 > 2 || h1 >>> 0 > 9 || i0 >>> 0 > 5 || i1 >>> 0 > 9 || s0 >>> 0 > 5 || s1 >>> 0 > 9) return NaN;
  const hour = h0 * 10 + h1;
  if (hour > 23) return NaN;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === DOT) {
    const start = ++i;
    for (; i < n; i++) {
      const d = s.charCodeAt(i) - ZERO;
      if (d >>> 0 > 9) break;
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
    const oh0 = s.charCodeAt(i + 1) - ZERO;
    const oh1 = s.charCodeAt(i + 2) - ZERO;
    const om0 = s.charCodeAt(i + 4) - ZERO;
    const om1 = s.charCodeAt(i + 5) - ZERO;
    if (oh0 >>> 0 > 2 || oh1 >>> 0 > 9 || om0 >>> 0 > 5 || om1 >>> 0 > 9 || oh0 * 10 + oh1 > 23) return NaN;
    offsetMinutes = (zone === MINUS ? -1 : 1) * ((oh0 * 10 + oh1) * 60 + om0 * 10 + om1);
  } else return NaN;
  return dayMs + ((hour * 60 + i0 * 10 + i1 - offsetMinutes) * 60 + s0 * 10 + s1) * 1000 + ms;
};
