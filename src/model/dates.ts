import * as z from 'zod';
import { REJECTED, type KnownParsers } from './compile-schema.js';
import { isoInstantMs } from './iso-date.js';

// Dates arrive as Date objects or ISO-8601 strings (date or date-time, with offset or Z);
// everything downstream sees a valid Date. A string with a time but no offset is rejected:
// its instant would depend on the machine's time zone, and the library has none.
//
// One check and one in-place overwrite rather than a union piped into a transform: a recipient
// record carries up to seven dates, and zod's union + transform machinery made them most of the
// cost of validating a record (2.6× slower, measured with bench/). The accepted strings are
// exactly those of zod's own `z.iso.datetime({ offset: true })` and `z.iso.date()`, read by
// isoInstantMs in one pass instead of by their patterns.
const isDateInput = (v: unknown): boolean =>
  v instanceof Date ? !Number.isNaN(v.getTime()) : typeof v === 'string' && !Number.isNaN(isoInstantMs(v));

/**
 * DateInputSchema's parse as one plain function: the Date, or REJECTED. The schema's overwrite
 * is this function once its check has passed; compileSchema calls it alone (dateParsers), so the
 * string is read once instead of twice.
 */
export const readDateInput = (v: unknown): Date | typeof REJECTED => {
  if (typeof v === 'string') {
    const ms = isoInstantMs(v);
    return Number.isNaN(ms) ? REJECTED : new Date(ms);
  }
  return v instanceof Date && !Number.isNaN(v.getTime()) ? v : REJECTED;
};

export const DateInputSchema = z
  .custom<Date | string>(isDateInput, { error: 'expected a Date or an ISO-8601 date string' })
  // After the check, readDateInput cannot answer REJECTED.
  .overwrite((v) => readDateInput(v) as Date) as unknown as z.ZodType<Date, Date | string>;

export type DateInput = z.input<typeof DateInputSchema>;

/** For compileSchema: every DateInputSchema node parsed by readDateInput. */
export const dateParsers: KnownParsers = new Map([[DateInputSchema, readDateInput]]);
