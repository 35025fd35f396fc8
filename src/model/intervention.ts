import * as z from 'zod';
import { SanctionKindSchema } from './enums.js';

/** The escalation ladder of S6, weakest rung first. */
export const escalationSteps = ['none', 'first-undesired', 'repeated-undesired', 'prohibited', 'prohibited-after-warning'] as const;
export const EscalationStepSchema = z.enum(escalationSteps);
export type EscalationStep = z.infer<typeof EscalationStepSchema>;

/**
 * One suggested intervention, recorded so its cost can be billed (S7): the action, the clause
 * of the policy that allows it (S1–S6), why, and the rules that caused it.
 */
export const InterventionSchema = z.object({
  kind: SanctionKindSchema,
  clause: z.string(),
  /** In the policy's locale. */
  reason: z.string(),
  /** Both locales, for notices in either. */
  reasons: z.object({ de: z.string(), en: z.string() }),
  triggeredBy: z.array(z.object({ ruleId: z.string(), clause: z.string(), count: z.number().int().positive() })),
});

export type Intervention = z.infer<typeof InterventionSchema>;
