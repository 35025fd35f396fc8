// The example pack's custom facts and operator, bundled into the pack by pack.ts. In your
// project import from 'mailpolicy' (and zod for the schemas).
import * as z from 'zod';
import { defineFact, defineOperator, type CustomFact, type CustomOperator } from '../../src/index.js';

/** Your app's record of newsletters already sent: address → send times. */
export type SendLog = ReadonlyMap<string, readonly Date[]>;

const berlin = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'long' });

/** The calendar day in Berlin: { date: 'YYYY-MM-DD', weekday: 'sunday' … }. */
export const berlinDay = (at: Date): { date: string; weekday: string } => {
  const parts = Object.fromEntries(berlin.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday: String(parts.weekday).toLowerCase() };
};

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

/** Monday of the Berlin calendar week of `at`, as a day number. */
const weekStart = (at: Date): number => {
  const { date, weekday } = berlinDay(at);
  const offset = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(weekday);
  return dayNumber(date) - offset;
};

/**
 * The pack's facts. `newslettersThisWeek` is a recipient fact (runs once per recipient) over your
 * send log; `sendDay` is a message fact (runs once per send) over the evaluation time.
 */
export const acmeFacts = (log: SendLog): Record<string, CustomFact> => ({
  newslettersThisWeek: defineFact<number>((ctx) => {
    const start = weekStart(ctx.now);
    return (log.get(ctx.recipient!.address) ?? []).filter((t) => t <= ctx.now && dayNumber(berlinDay(t).date) >= start).length;
  }),
  sendDay: defineFact({
    scope: 'message',
    description: 'The day of the send in Berlin: { date, weekday }.',
    compute: (ctx) => berlinDay(ctx.now),
    // The shape of the value: a rule reading "$.weekdy" is an error when the pack loads.
    schema: z.object({ date: z.string(), weekday: z.string() }),
  }),
});

// Easter Sunday (Gregorian, anonymous algorithm) as a day number: the moving holidays hang on it.
const easter = (year: number): number => {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / DAY;
};

/** German nationwide public holidays of a year, as YYYY-MM-DD. */
export const germanHolidays = (year: number): Set<string> => {
  const iso = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
  const e = easter(year);
  return new Set([
    `${year}-01-01`, `${year}-05-01`, `${year}-10-03`, `${year}-12-25`, `${year}-12-26`,
    iso(e - 2), iso(e + 1), iso(e + 39), iso(e + 50), // Good Friday, Easter Monday, Ascension, Whit Monday
  ]);
};

/** Operator: the fact value (a YYYY-MM-DD date) is a public holiday in the region named by the rule ('DE'). */
export const isPublicHolidayIn: CustomOperator<unknown, unknown> = defineOperator((date: unknown, region: unknown) => {
  if (typeof date !== 'string' || region !== 'DE') return false;
  return germanHolidays(Number(date.slice(0, 4))).has(date);
});

export const acmeOperators = { isPublicHolidayIn };
