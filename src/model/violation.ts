import * as z from 'zod';
import { SanctionKindSchema, ScopeSchema, SeveritySchema } from './enums.js';

export const ViolationSchema = z.object({
  ruleId: z.string(),
  clause: z.string(),
  /** The clause's German heading from the policy, so a customer finds the sentence broken. */
  clauseHeading: z.string(),
  severity: SeveritySchema,
  sanction: SanctionKindSchema,
  scope: ScopeSchema,
  recipient: z.string().optional(),
  /** In the policy's locale. */
  message: z.string(),
  /** Both locales, for notices that carry either. */
  messages: z.object({ de: z.string(), en: z.string() }),
  /** What the customer must change (the rule's `fix`), both locales; shown in notices (S5). */
  fix: z.object({ de: z.string(), en: z.string() }).optional(),
  /** The fact values that made the rule fire, keyed `fact.path` (and `options.name` for thresholds). */
  evidence: z.record(z.string(), z.unknown()),
});

export type Violation = z.infer<typeof ViolationSchema>;
