import * as z from 'zod';
import { DomainNameSchema, InputError, toInputIssues } from '../../model/index.js';
import type { AnalysisLimits } from './analysis-limits.js';

// A limit is a positive whole number, or Infinity to lift it: NaN (which compares false with
// everything, so it meant "no limit") and strings ('abc' meant 0 links) are rejected.
export const LimitSchema = z.union([z.number().int().positive(), z.literal(Infinity)], { error: 'expected a positive whole number or Infinity' });

const AnalyzeOptionsSchema = z
  .object({
    senderDomains: z.array(DomainNameSchema).optional(),
    limits: z.object({ maxHtmlBytes: LimitSchema.optional(), maxTextBytes: LimitSchema.optional(), maxLinks: LimitSchema.optional() }).strict().optional(),
  })
  .strict();

/** analyzeMessage's options checked: an InputError at `options.…` naming each bad field. */
export const parseAnalyzeOptions = (options: unknown): { senderDomains: readonly string[]; limits: Partial<AnalysisLimits> } => {
  const r = AnalyzeOptionsSchema.safeParse(options === undefined ? {} : options);
  if (!r.success) throw new InputError(toInputIssues('options', r.error));
  return { senderDomains: r.data.senderDomains ?? [], limits: r.data.limits ?? {} };
};
