import { z } from 'zod';
import { DateInputSchema, InputError, LocaleSchema, SanctionKindSchema, SeveritySchema, toInputIssues } from '../model/index.js';
import type { FactContext, FactDefinition } from '../facts/index.js';
import type { OperatorFn, Pack, RuleSetting } from '../engine/index.js';

const SettingSchema = z.union([
  z.literal('off'),
  SeveritySchema,
  z
    .object({
      severity: z.union([SeveritySchema, z.literal('off')]).optional(),
      sanction: SanctionKindSchema.optional(),
      options: z.record(z.string(), z.unknown()).optional(),
    })
    .strict(),
]);

const OptionsSchema = z
  .object({
    packs: z.array(z.custom<Pack>((p) => typeof p === 'object' && p !== null && Array.isArray((p as Pack).rules), 'expected a rule pack')).optional(),
    rules: z.record(z.string(), SettingSchema).optional(),
    account: z.object({ senderDomains: z.array(z.string().min(1)).optional() }).strict().optional(),
    now: DateInputSchema.optional(),
    locale: LocaleSchema.optional(),
    facts: z.record(z.string(), z.unknown()).optional(),
    sanctions: z.object({ repeatPeriodDays: z.number().int().positive().optional() }).strict().optional(),
    operators: z.record(z.string(), z.custom<OperatorFn>((f) => typeof f === 'function', 'expected a function (factValue, ruleValue) => boolean')).optional(),
  })
  .strict();

/** A custom fact: a full definition, or a function of the context (recipient scope). */
export type CustomFact = FactDefinition | ((ctx: FactContext) => unknown);

export interface PolicyOptions {
  readonly packs?: readonly Pack[];
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly account?: { readonly senderDomains?: readonly string[] };
  /** The evaluation date; omitted, each check uses the current time. */
  readonly now?: Date | string;
  readonly locale?: 'de' | 'en';
  readonly facts?: Readonly<Record<string, CustomFact>>;
  readonly operators?: Readonly<Record<string, OperatorFn>>;
  /** Escalation (S6): earlier breaches within `repeatPeriodDays` (default 90) make a breach a repeat. */
  readonly sanctions?: { readonly repeatPeriodDays?: number };
}

export const parseOptions = (options: unknown) => {
  const r = OptionsSchema.safeParse(options ?? {});
  if (!r.success) throw new InputError(toInputIssues('options', r.error));
  return r.data;
};
