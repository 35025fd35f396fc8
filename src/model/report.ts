import * as z from 'zod';
import { PurposeSchema, SanctionKindSchema } from './enums.js';
import { ViolationSchema } from './violation.js';
import { EscalationStepSchema, InterventionSchema } from './intervention.js';

export const RecipientVerdictSchema = z.object({
  address: z.string(),
  /** Position in the input list, counted from 0. */
  index: z.number().int().nonnegative(),
  verdict: z.enum(['send', 'exclude', 'invalid']),
  violations: z.array(ViolationSchema),
  /** Bad fields of an invalid recipient record. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export const SanctionSchema = z.object({
  kind: SanctionKindSchema,
  actions: z.array(SanctionKindSchema),
  reasons: z.array(z.string()),
  /** The rung of the S6 escalation ladder this send reached. */
  escalation: EscalationStepSchema,
});

/** Which version of each pack governed the check (S8), and whether its rules were applied. */
export const PolicyVersionSchema = z.object({
  pack: z.string(),
  version: z.string(),
  /** The day the version was announced to the customer (YYYY-MM-DD). */
  announcedAt: z.string(),
  /**
   * 'in-force': announced on or before the check's day, its rules applied ("so gilt die neue
   * Richtlinie ab dem Zeitpunkt der Mitteilung"); 'announced-later': announced after the check's
   * day, so it did not govern yet and its rules were not applied.
   */
  status: z.enum(['in-force', 'announced-later']),
  /** The objection window of S8 (six weeks, § 193 BGB), null for a version announced later. */
  objectionWindow: z.object({ lastDay: z.string(), sixWeeksDay: z.string(), open: z.boolean() }).nullable(),
});

export const ReportSchema = z.object({
  /** 'hold': a prohibited message- or history-level breach stops the whole send;
   *  'fix': an undesired one must be fixed first; 'send': nothing stands in the way. */
  verdict: z.enum(['send', 'fix', 'hold']),
  purpose: PurposeSchema,
  checkedAt: z.string(),
  violations: z.array(ViolationSchema),
  recipients: z.array(RecipientVerdictSchema),
  sanction: SanctionSchema,
  /** Every suggested intervention, strongest first, for billing (S7). */
  interventions: z.array(InterventionSchema),
  /** The version of each pack that governed the check (S8); always set by check(). */
  policyVersions: z.array(PolicyVersionSchema).optional(),
});

export type RecipientVerdict = z.infer<typeof RecipientVerdictSchema>;
export type Sanction = z.infer<typeof SanctionSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type PolicyVersion = z.infer<typeof PolicyVersionSchema>;
