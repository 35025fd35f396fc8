import { z } from 'zod';

// Dates arrive as Date objects or ISO-8601 strings (date or date-time, with offset or Z);
// everything downstream sees a valid Date. A string with a time but no offset is rejected:
// its instant would depend on the machine's time zone, and the library has none.
const isoString = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

export const DateInputSchema = z
  .union([z.date(), isoString], { error: 'expected a Date or an ISO-8601 date string' })
  .transform((v) => (typeof v === 'string' ? new Date(v) : v))
  .refine((d) => !Number.isNaN(d.getTime()), { error: 'invalid date' });

export type DateInput = z.input<typeof DateInputSchema>;
