// testRule: ESLint's RuleTester for mailpolicy rules. Runs one rule alone (every other rule off)
// over valid and invalid inputs and throws one assertion error listing every case that failed.
import type { Report, Violation } from '../model/index.js';
import { definePack, type Pack, type Rule, type RuleInput } from '../engine/index.js';
import { createPolicy, type CustomFact, type CustomOperator } from '../policy/index.js';
import { RuleTestError, deepEqual } from './assertion-error.js';
import { EXAMPLE_MESSAGE, EXAMPLE_NOW } from './run-example.js';

/** One send to test a rule on. Fields left out get defaults (a minimal message, EXAMPLE_NOW). */
export interface RuleTestInput {
  readonly name?: string;
  /** Merged over a minimal valid message (`from`, `subject`). */
  readonly message?: Record<string, unknown>;
  readonly recipient?: Record<string, unknown>;
  readonly recipients?: readonly Record<string, unknown>[];
  readonly history?: Record<string, unknown>;
  readonly now?: Date | string;
  readonly account?: { readonly senderDomains?: readonly string[] };
  /** Option values for the rule under test (its `options` overrides). */
  readonly options?: Readonly<Record<string, unknown>>;
}

export interface ExpectedViolation {
  /** Defaults to the id of the rule under test. */
  readonly ruleId?: string;
  /** For recipient rules: the address the violation is about. */
  readonly recipient?: string;
  /** Evidence entries the violation must carry (others are not compared), e.g. { 'options.months': 6 }. */
  readonly data?: Readonly<Record<string, unknown>>;
  /** The message the violation must have in the test locale (default 'en'). */
  readonly message?: string;
}

export interface InvalidCase {
  readonly name?: string;
  readonly input: RuleTestInput;
  /** Every violation of the rule the input must produce, in report order. */
  readonly violations: readonly ExpectedViolation[];
}

export interface RuleTestCases {
  /** Inputs on which the rule must not fire. */
  readonly valid?: readonly RuleTestInput[];
  readonly invalid?: readonly InvalidCase[];
}

export interface TestRuleOptions {
  /** The rule's pack, when the rule refers to the pack's named conditions. */
  readonly pack?: Pack;
  readonly facts?: Readonly<Record<string, CustomFact>>;
  readonly operators?: Readonly<Record<string, CustomOperator>>;
  readonly locale?: 'de' | 'en';
}

const show = (v: Violation) => `${v.ruleId}${v.recipient ? ` (${v.recipient})` : ''}: ${v.message}`;
const label = (kind: string, i: number, name: string | undefined) => `${kind}[${i}]${name ? ` "${name}"` : ''}`;

/** The rule alone in a pack (with its pack's named conditions), validated: a PackError when broken. */
const packFor = (rule: Rule | RuleInput, options: TestRuleOptions): Pack =>
  definePack({
    name: options.pack?.name ?? 'rule-under-test',
    version: options.pack?.version ?? '0.0.0',
    // Judged as if its pack governed on every day: a test judges the rule, not the pack's
    // announcement (check() applies no pack before its announcement day, S8).
    announcedAt: '1970-01-01',
    ...(options.pack?.conditions ? { conditions: options.pack.conditions as never } : {}),
    rules: [rule as RuleInput],
  });

const run = (pack: Pack, rule: Rule | RuleInput, input: RuleTestInput, options: TestRuleOptions): Promise<Report> => {
  const policy = createPolicy({
    packs: [{ pack, use: 'all' }],
    rules: input.options ? { [rule.id]: { options: input.options } } : {},
    account: input.account ?? { senderDomains: ['shop.example'] },
    now: input.now ?? EXAMPLE_NOW,
    locale: options.locale ?? 'en',
    ...(options.facts ? { facts: options.facts } : {}),
    ...(options.operators ? { operators: options.operators } : {}),
  });
  return policy.check({
    message: { ...EXAMPLE_MESSAGE, ...input.message } as never,
    history: input.history as never,
    recipients: input.recipients ?? (input.recipient ? [input.recipient] : []),
  });
};

const unfilled = (v: Violation): string | null => {
  for (const text of [v.messages.de, v.messages.en]) {
    const open = text.indexOf('{');
    if (open >= 0 && text.indexOf('}', open) > open) return text;
  }
  return null;
};

const compare = (got: readonly Violation[], want: readonly ExpectedViolation[], ruleId: string): string[] => {
  const problems: string[] = [];
  if (got.length !== want.length) {
    problems.push(`expected ${want.length} violation(s), got ${got.length}${got.length ? `:\n${got.map((v) => `      - ${show(v)}`).join('\n')}` : ''}`);
  }
  want.forEach((w, i) => {
    const v = got[i];
    if (!v) return;
    if (v.ruleId !== (w.ruleId ?? ruleId)) problems.push(`violation ${i}: expected rule ${w.ruleId ?? ruleId}, got ${v.ruleId}`);
    if (w.recipient !== undefined && v.recipient !== w.recipient) problems.push(`violation ${i}: expected recipient ${w.recipient}, got ${v.recipient ?? '(none: a message-level violation)'}`);
    if (w.message !== undefined && v.message !== w.message) problems.push(`violation ${i}: expected message ${JSON.stringify(w.message)}, got ${JSON.stringify(v.message)}`);
    for (const [key, value] of Object.entries(w.data ?? {})) {
      if (!Object.prototype.hasOwnProperty.call(v.evidence, key)) problems.push(`violation ${i}: evidence has no "${key}" (it has: ${Object.keys(v.evidence).join(', ')})`);
      else if (!deepEqual(v.evidence[key], value)) problems.push(`violation ${i}: evidence "${key}" is ${JSON.stringify(v.evidence[key])}, expected ${JSON.stringify(value)}`);
    }
  });
  return problems;
};

/**
 * Tests one rule alone: each `valid` input must not make it fire, each `invalid` input must
 * produce exactly the listed violations. The rule is validated like any pack rule (a PackError
 * for a broken rule). Resolves when every case passes; otherwise rejects with one
 * AssertionError naming every failing case. Framework-neutral: await it inside a vitest, jest,
 * node:test or mocha test.
 */
export const testRule = async (rule: Rule | RuleInput, cases: RuleTestCases, options: TestRuleOptions = {}): Promise<void> => {
  const pack = packFor(rule, options);
  const failures: string[] = [];
  const fail = (where: string, problems: string[]) => {
    if (problems.length > 0) failures.push(`  ${where}:\n${problems.map((p) => `    ${p}`).join('\n')}`);
  };
  for (const [i, input] of (cases.valid ?? []).entries()) {
    const report = await run(pack, rule, input, options);
    const own = report.violations.filter((v) => v.ruleId === rule.id);
    const invalid = report.recipients.filter((r) => r.verdict === 'invalid');
    fail(label('valid', i, input.name), [
      ...(own.length ? [`expected no violation, got ${own.length}:\n${own.map((v) => `      - ${show(v)}`).join('\n')}`] : []),
      ...invalid.map((r) => `recipient ${r.index} is invalid input: ${JSON.stringify(r.issues)}`),
    ]);
  }
  for (const [i, c] of (cases.invalid ?? []).entries()) {
    const report = await run(pack, rule, c.input, options);
    const own = report.violations.filter((v) => v.ruleId === rule.id);
    const templates = own.map(unfilled).filter((t): t is string => t !== null).map((t) => `message has an unfilled placeholder: ${t}`);
    fail(label('invalid', i, c.name ?? c.input.name), [...compare(own, c.violations, rule.id), ...templates]);
  }
  if (failures.length > 0) {
    const total = (cases.valid?.length ?? 0) + (cases.invalid?.length ?? 0);
    throw new RuleTestError(`testRule(${rule.id}): ${failures.length} of ${total} case(s) failed\n${failures.join('\n')}`);
  }
};
