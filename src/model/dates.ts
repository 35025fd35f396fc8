import { z } from 'zod';
import { parseIsoInstant } from './iso-date.js';

// Dates arrive as Date objects or ISO-8601 strings (date or date-time, with offset or Z);
// everything downstream sees a valid Date. A string with a time but no offset is rejected:
// its instant would depend on the machine's time zone, and the library has none.
//
// One check and one in-place overwrite rather than a union piped into a transform: a recipient
// record carries up to seven dates, and zod's union + transform machinery made them most of the
// cost of validating a record (2.6× slower, measured with bench/). The accepted strings are
// exactly zod's own `z.iso.datetime({ offset: true })` and `z.iso.date()` patterns.
const DATE_TIME = z.iso.datetime({ offset: true })._zod.def.pattern!;
const DATE = z.iso.date()._zod.def.pattern!;

const isDateInput = (v: unknown): boolean =>
  v instanceof Date ? !Number.isNaN(v.getTime()) : typeof v === 'string' && (DATE_TIME.test(v) || DATE.test(v));

export const DateInputSchema = z
  .custom<Date | string>(isDateInput, { error: 'expected a Date or an ISO-8601 date string' })
  .overwrite((v) => (typeof v === 'string' ? parseIsoInstant(v) : v)) as unknown as z.ZodType<Date, Date | string>;

export type DateInput = z.input<typeof DateInputSchema>;
