import * as z from 'zod';
import type { Limits } from './policy-limits.js';
import { DateInputSchema, DomainNameSchema, InputError, LocaleSchema, toInputIssues } from '../model/index.js';
import type { FactDefinition } from '../facts/index.js';
import { isTimeZone } from '../facts/index.js';
import type { CustomFact, CustomOperator, Pack, PackMode, RuleSetting } from '../engine/index.js';
export { defineFact, defineOperator, type CustomFact, type CustomOperator } from '../engine/index.js';

/** A pack a configuration uses: its recommended rules (default) or all of them. */
export type PackEntry = Pack | { readonly pack: Pack; readonly use?: PackMode };

/** The shareable part of a policy: packs and rule settings. Configurations can extend others. */
export interface PolicyConfig {
  /** Applied first, in order; this configuration's own packs and rules come after and win. */
  readonly extends?: readonly PolicyConfig[];
  readonly packs?: readonly PackEntry[];
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

export interface PolicyOptions extends PolicyConfig {
  readonly account?: { readonly senderDomains?: readonly string[] };
  /** The evaluation date; omitted, each check uses the current time. */
  readonly now?: Date | string;
  /**
   * The IANA time zone whose calendar days legal periods count in (U4/U6 "sechs Monate",
   * S8's objection window; §§ 187, 188, 193 BGB): default 'Europe/Berlin', the provider's.
   */
  readonly timeZone?: string;
  readonly locale?: 'de' | 'en';
  readonly facts?: Readonly<Record<string, CustomFact>>;
  readonly operators?: Readonly<Record<string, CustomOperator>>;
  /**
   * Options of the packs' sanction policies. The seed pack's escalation (S6): earlier breaches
   * within `repeatPeriodDays` (default 90) make a breach a repeat.
   */
  readonly sanctions?: {
    readonly repeatPeriodDays?: number;
    /** A formal warning counts towards termination for this many days (default 730, two years; S6). */
    readonly warningValidityDays?: number;
  };
  /**
   * How much one check analyses (defaults: defaultLimits). Past maxHtmlBytes, maxTextBytes or
   * maxLinks the report carries the advisory violation mes/analysis-limit; past maxRecipients
   * `check` throws an InputError (stream larger lists through checkRecipients). docs/security.md.
   */
  readonly limits?: Partial<Limits>;
  /**
   * Unknown fields of a recipient record: 'strict' (default) makes the record invalid, with an
   * issue naming the field and the one most likely meant ("did you mean unsubscribedAt?"); 'strip'
   * drops them, for an app whose records carry extra data.
   */
  readonly recipientFields?: 'strict' | 'strip';
}

// Packs, rule settings, facts and operators are checked by the configuration step, which
// reports their problems as one PackError with pointers; here only their outer shape.
// Not z.record: keys such as "__proto__" must reach the checks that report them (forbidden-key).
const plainObject = (what: string) =>
  z.custom<Record<string, unknown>>((v) => v !== null && typeof v === 'object' && !Array.isArray(v), `expected an object of ${what}`);

// A limit is a positive whole number, or Infinity to lift it.
const limit = z.union([z.number().int().positive(), z.literal(Infinity)], { error: 'expected a positive whole number or Infinity' });

const OptionsSchema = z
  .object({
    extends: z.array(z.unknown()).optional(),
    packs: z.array(z.unknown()).optional(),
    rules: plainObject('rule settings').optional(),
    account: z.object({ senderDomains: z.array(DomainNameSchema).optional() }).strict().optional(),
    now: DateInputSchema.optional(),
    timeZone: z.string().refine(isTimeZone, { error: 'expected an IANA time zone name that Intl knows, e.g. Europe/Berlin' }).optional(),
    locale: LocaleSchema.optional(),
    facts: plainObject('facts').optional(),
    operators: plainObject('operators').optional(),
    sanctions: z.object({ repeatPeriodDays: z.number().int().positive().optional(), warningValidityDays: z.number().int().positive().optional() }).strict().optional(),
    limits: z
      .object({ maxHtmlBytes: limit.optional(), maxTextBytes: limit.optional(), maxLinks: limit.optional(), maxRecipients: limit.optional() })
      .strict()
      .optional(),
    recipientFields: z.enum(['strict', 'strip']).optional(),
  })
  .strict();

export const parseOptions = (options: unknown) => {
  const r = OptionsSchema.safeParse(options ?? {});
  if (!r.success) throw new InputError(toInputIssues('options', r.error));
  return r.data;
};

export type { FactDefinition };
