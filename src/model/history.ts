import * as z from 'zod';
import { DateInputSchema } from './dates.js';
import { SeveritySchema } from './enums.js';

const count = z.number().int().nonnegative();

// Of the mails sent in the window: more delivered, bounced or complained about than were sent
// is a miscount, and rates over 100 % ("complaint rate 5000 %") would come of it. Deferrals
// (one mail can be deferred many times) and abuse reports (they also come from blocklist
// operators) are not bounded by `sent`.
// zod's issue code for refinements (not a PackError code).
const ZOD_CUSTOM = 'custom' as const;

const PARTS_OF_SENT = ['delivered', 'hardBounces', 'complaints'] as const;

export const WindowSchema = z
  .object({
    days: z.number().int().positive(),
    sent: count,
    delivered: count.optional(),
    hardBounces: count.optional(),
    complaints: count.optional(),
    abuseReports: count.optional(),
    deferrals: count.optional(),
  })
  .superRefine((w, ctx) => {
    for (const key of PARTS_OF_SENT) {
      const n = w[key];
      if (n !== undefined && n > w.sent) ctx.addIssue({ code: ZOD_CUSTOM, path: [key], message: `${key} (${n}) cannot exceed sent (${w.sent})` });
    }
  });

/**
 * One day of mail to one mailbox provider: what a provider's postmaster dashboard shows (Gmail
 * Postmaster Tools, Yahoo's Complaint Feedback Loop, Microsoft SNDS), for the bulkSender pack.
 */
export const ProviderDaySchema = z.object({
  /** gmail, yahoo, microsoft, … (lower case). */
  provider: z.string().min(1).max(64).regex(/^[a-z0-9.-]+$/, 'a provider name in lower case: gmail, yahoo, microsoft …'),
  /** The calendar day, YYYY-MM-DD. */
  day: z.iso.date(),
  /** Messages sent to the provider's personal accounts that day. */
  sent: count,
  /** Spam complaints that day (feedback loop). */
  complaints: count.optional(),
  /** The spam rate the provider's dashboard reports, in percent (Postmaster Tools: 0.1 for 0.1 %). */
  spamRatePercent: z.number().min(0).max(100).optional(),
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
  /** Mail per mailbox provider and day, oldest first (bulkSender: spam rate, bulk-sender status). */
  providerDays: z.array(ProviderDaySchema).optional(),
  /**
   * The sender's bulk-sender status with Gmail, when known: Gmail counts a sender that once sent
   * close to 5,000 messages a day to personal accounts as bulk for good. Omitted, it is derived
   * from providerDays (or assumed, without them).
   */
  bulkSender: z.boolean().optional(),
  /** The longest time, in hours, the sender's system took from an unsubscribe request to stop mailing. */
  unsubscribeLatencyHours: z.number().nonnegative().optional(),
  warnings: z
    .array(z.object({ at: DateInputSchema, reason: z.string().optional(), ruleId: z.string().optional(), clause: z.string().optional() }))
    .optional(),
});

export type SendingHistoryInput = z.input<typeof SendingHistorySchema>;
export type SendingHistory = z.output<typeof SendingHistorySchema>;
