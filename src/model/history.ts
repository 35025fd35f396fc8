import * as z from 'zod';
import { DateInputSchema } from './dates.js';
import { SeveritySchema } from './enums.js';

const count = z.number().int().nonnegative();

export const WindowSchema = z.object({
  days: z.number().int().positive(),
  sent: count,
  delivered: count.optional(),
  hardBounces: count.optional(),
  complaints: count.optional(),
  abuseReports: count.optional(),
  deferrals: count.optional(),
});

export const SendingHistorySchema = z.object({
  lastCampaignAt: DateInputSchema.optional(),
  window: WindowSchema.optional(),
  dailyVolumes: z.array(count).optional(),
  blocklistings: z
    .array(z.object({ list: z.string().min(1), target: z.string().min(1), since: DateInputSchema.optional() }))
    .optional(),
  incidents: z
    .array(
      z.object({
        at: DateInputSchema,
        ruleId: z.string().optional(),
        clause: z.string().optional(),
        severity: SeveritySchema,
      }),
    )
    .optional(),
  /**
   * Formal warnings (Abmahnung) on record. `ruleId` / `clause` say what the warning was for: a
   * prohibited use makes the contract eligible for termination only after a warning of the same
   * kind (S6), so a warning that names neither never leads to termination.
   */
  warnings: z
    .array(z.object({ at: DateInputSchema, reason: z.string().optional(), ruleId: z.string().optional(), clause: z.string().optional() }))
    .optional(),
});

export type SendingHistoryInput = z.input<typeof SendingHistorySchema>;
export type SendingHistory = z.output<typeof SendingHistorySchema>;
