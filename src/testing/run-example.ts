// One runner for rule cases, whether they come from a rule file's `examples` or from testRule:
// the same shape (RuleCase is RuleExample with `name` optional and `now` also a Date), the same
// defaults (EXAMPLE_MESSAGE, EXAMPLE_NOW, the account shop.example), the rule judged alone.
import type { RecipientInput, Report } from '../model/index.js';
import type { ExpectedViolation } from '../engine/pack/rule-schema.js';
import { definePack, type Pack, type Rule, type RuleExample, type RuleInput } from '../engine/index.js';
import { createPolicy, type CustomFact, type CustomOperator } from '../policy/index.js';

/** The evaluation date of a rule example that names none. */
export const EXAMPLE_NOW = '2026-06-01T12:00:00Z';

/** The message of a rule example that names none, or the fields it leaves out. */
export const EXAMPLE_MESSAGE = { from: '"Example Shop GmbH" <news@shop.example>', subject: 'Example' } as const;

/**
 * One case of a rule: a rule file's example (`RuleExample`, the JSON Schema's `Example`) with
 * `name` optional and `now` also a Date. A violating case lists the violations it expects in
 * `violations`, or leaves them out when the rule must merely fire.
 */
export type RuleCase = Omit<RuleExample, 'name' | 'now' | 'account' | 'recipients' | 'violations'> & {
  readonly name?: string;
  readonly now?: Date | string;
  readonly account?: { readonly senderDomains?: readonly string[] };
  /** Several recipients; `recipient` is the one-recipient form. */
  readonly recipients?: readonly Record<string, unknown>[];
  /** Violating cases: every violation of the rule the case must produce, in report order. */
  readonly violations?: readonly ExpectedViolation[];
};

export interface CaseContext {
  readonly facts?: Readonly<Record<string, CustomFact>>;
  readonly operators?: Readonly<Record<string, CustomOperator>>;
  readonly locale?: 'de' | 'en';
}

/**
 * The rule alone in a pack: its pack's clauses, language, named conditions, facts and operators
 * kept (validated: a PackError when the rule is broken). Without its pack, the rule's clause
 * stands for itself and only built-in facts are known.
 */
export const rulePack = (rule: Rule | RuleInput, pack?: Pack): Pack => {
  const clause = typeof (rule as { clause?: unknown })?.clause === 'string' ? (rule as Rule).clause : '';
  return definePack({
    name: pack?.name ?? 'rule-under-test',
    version: pack?.version ?? '0.0.0',
    // Judged as if its pack governed on every day: a case judges the rule, not the pack's
    // announcement (check() applies no pack before its announcement day, S8).
    announcedAt: '1970-01-01',
    clauses: pack ? (pack.clauses as never) : clause ? [{ id: clause, heading: { en: clause } }] : [],
    ...(pack?.language ? { language: pack.language } : {}),
    ...(pack?.conditions ? { conditions: pack.conditions as never } : {}),
    ...(pack?.facts ? { facts: pack.facts } : {}),
    ...(pack?.operators ? { operators: pack.operators } : {}),
    ...(pack?.coreFindings ? { coreFindings: pack.coreFindings } : {}),
    rules: [rule as RuleInput],
  });
};

/** Checks one case against `pack` (from rulePack: the rule alone) and returns the report. */
export const runCase = (pack: Pack, rule: Rule | RuleInput, c: RuleCase, context: CaseContext = {}): Promise<Report> => {
  const policy = createPolicy({
    packs: [{ pack, use: 'all' }],
    rules: c.options ? { [rule.id]: { options: c.options } } : {},
    account: c.account ?? { senderDomains: ['shop.example'] },
    now: c.now ?? EXAMPLE_NOW,
    locale: context.locale ?? 'en',
    ...(context.facts ? { facts: context.facts } : {}),
    ...(context.operators ? { operators: context.operators } : {}),
  });
  return policy.check({
    message: { ...EXAMPLE_MESSAGE, ...c.message } as never,
    history: c.history as never,
    ...(c.sender === undefined ? {} : { sender: c.sender as never }),
    recipients: (c.recipients ?? (c.recipient ? [c.recipient] : [])) as RecipientInput[],
  });
};

/**
 * Runs one rule's example with only that rule enabled (its pack's clauses, named conditions,
 * facts and operators kept) and returns the report: the rule is judged alone, as ESLint's
 * RuleTester does, and as testRule runs the same example.
 */
export const runExample = (pack: Pack, rule: Rule, example: RuleCase): Promise<Report> => runCase(rulePack(rule, pack), rule, example);
