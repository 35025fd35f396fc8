import * as z from 'zod';
import type { Limits } from './policy-limits.js';
import { DateInputSchema, InputError, LocaleSchema, toInputIssues } from '../model/index.js';
import type { FactContext, FactDefinition, FactScope } from '../facts/index.js';
import { isTimeZone } from '../facts/index.js';
import type { OperatorFn, Pack, PackMode, RuleSetting } from '../engine/index.js';

/**
 * A custom fact rules read by name. Either a function of the context (a recipient-scope fact:
 * it runs once per recipient) or a definition naming its scope: 'message' and 'history' facts
 * run once per send and cannot read `ctx.recipient`. Facts must be pure and synchronous.
 */
export type CustomFact<T = unknown> =
  | ((ctx: FactContext) => T)
  | { readonly scope?: FactScope; readonly description?: string; readonly compute: (ctx: FactContext) => T };

/**
 * A custom operator: `(factValue, ruleValue) => boolean`, as json-rules-engine's addOperator.
 * Its name must not contain ':' (reserved for decorators such as "not:equal", which work on
 * custom operators too) nor shadow a built-in operator.
 */
export type CustomOperator<F = any, R = any> = (factValue: F, ruleValue: R) => boolean;

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
  /** Escalation (S6): earlier breaches within `repeatPeriodDays` (default 90) make a breach a repeat. */
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
}

/** Types a custom fact definition (for editors); returns it unchanged. */
export const defineFact = <T>(fact: CustomFact<T>): CustomFact<T> => fact;

/** Types a custom operator (for editors); returns it unchanged. */
export const defineOperator = <F, R>(op: CustomOperator<F, R>): CustomOperator<F, R> => op;

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
    account: z.object({ senderDomains: z.array(z.string().min(1)).optional() }).strict().optional(),
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
  })
  .strict();

export const parseOptions = (options: unknown) => {
  const r = OptionsSchema.safeParse(options ?? {});
  if (!r.success) throw new InputError(toInputIssues('options', r.error));
  return r.data;
};

export type { FactDefinition };
