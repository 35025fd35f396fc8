// testRule: ESLint's RuleTester for mailpolicy rules. Runs one rule alone (every other rule off)
// over valid and invalid inputs and throws one assertion error listing every case that failed.
import type { Report, Violation } from '../model/index.js';
import type { ExpectedViolation } from '../engine/pack/rule-schema.js';
import type { Pack, Rule, RuleInput } from '../engine/index.js';
import type { CustomFact, CustomOperator } from '../policy/index.js';
import { RuleTestError, deepEqual } from './assertion-error.js';
import { rulePack, runCase, type RuleCase } from './run-example.js';

export type { RuleCase } from './run-example.js';

/** @deprecated the input of a `valid`/`invalid` case; use `RuleCase`. */
export type RuleTestInput = Omit<RuleCase, 'violations'>;

/** @deprecated use a `violating` RuleCase with `violations`. */
export interface InvalidCase {
  readonly name?: string;
  readonly input: RuleTestInput;
  readonly violations: readonly ExpectedViolation[];
}

/**
 * The cases of one rule, in the vocabulary of rule files: a rule's own `examples` can be passed
 * as they are (`testRule(rule, rule.examples)`).
 */
export interface RuleTestCases {
  /** Cases on which the rule must not fire. */
  readonly compliant?: readonly RuleCase[];
  /** Cases on which the rule must fire (exactly as listed in `violations`, where given). */
  readonly violating?: readonly RuleCase[];
  /** @deprecated ESLint's word for `compliant`; still accepted. */
  readonly valid?: readonly RuleTestInput[];
  /** @deprecated ESLint's word for `violating`; still accepted. */
  readonly invalid?: readonly InvalidCase[];
}

export interface TestRuleOptions {
  /**
   * The rule's pack: its clauses, named conditions, facts and operators are the rule's context.
   * Without it, the rule's clause is taken as declared and only built-in facts are known.
   */
  readonly pack?: Pack;
  readonly facts?: Readonly<Record<string, CustomFact>>;
  readonly operators?: Readonly<Record<string, CustomOperator>>;
  readonly locale?: 'de' | 'en';
}

const show = (v: Violation) => `${v.ruleId}${v.recipient ? ` (${v.recipient})` : ''}: ${v.message}`;
const label = (kind: string, i: number, name: string | undefined) => `${kind}[${i}]${name ? ` "${name}"` : ''}`;

const run = (pack: Pack, rule: Rule | RuleInput, input: RuleCase, options: TestRuleOptions): Promise<Report> => runCase(pack, rule, input, options);

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
 * Tests one rule alone: no `compliant` case may make it fire, and each `violating` case must
 * produce exactly the violations it lists (or at least one, where it lists none). The cases
 * have the shape of a rule file's examples, so `testRule(rule, rule.examples, { pack })` runs a
 * rule's own examples. The rule is validated like any pack rule (a PackError for a broken
 * rule). Resolves when every case passes; otherwise rejects with one AssertionError naming every
 * failing case. Framework-neutral: await it inside a vitest, jest, node:test or mocha test.
 */
export const testRule = async (rule: Rule | RuleInput, cases: RuleTestCases, options: TestRuleOptions = {}): Promise<void> => {
  const pack = rulePack(rule, options.pack);
  const failures: string[] = [];
  const fail = (where: string, problems: string[]) => {
    if (problems.length > 0) failures.push(`  ${where}:\n${problems.map((p) => `    ${p}`).join('\n')}`);
  };
  const compliant: readonly RuleCase[] = [...(cases.compliant ?? []), ...(cases.valid ?? [])];
  const violating: readonly RuleCase[] = [
    ...(cases.violating ?? []),
    ...(cases.invalid ?? []).map((c) => ({ ...c.input, name: c.name ?? c.input.name, violations: c.violations })),
  ];
  for (const [i, c] of compliant.entries()) {
    const report = await run(pack, rule, c, options);
    const own = report.violations.filter((v) => v.ruleId === rule.id);
    const invalid = report.recipients.filter((r) => r.verdict === 'invalid');
    fail(label('compliant', i, c.name), [
      ...(c.violations !== undefined ? ['a compliant case expects no violation: move it to violating, or drop "violations"'] : []),
      ...(own.length ? [`expected no violation, got ${own.length}:\n${own.map((v) => `      - ${show(v)}`).join('\n')}`] : []),
      ...invalid.map((r) => `recipient ${r.index} is invalid input: ${JSON.stringify(r.issues)}`),
    ]);
  }
  for (const [i, c] of violating.entries()) {
    const report = await run(pack, rule, c, options);
    const own = report.violations.filter((v) => v.ruleId === rule.id);
    const templates = own.map(unfilled).filter((t): t is string => t !== null).map((t) => `message has an unfilled placeholder: ${t}`);
    const expected = c.violations === undefined ? (own.length === 0 ? ['expected the rule to fire, it did not'] : []) : compare(own, c.violations, rule.id);
    fail(label('violating', i, c.name), [...expected, ...templates]);
  }
  if (failures.length > 0) {
    throw new RuleTestError(`testRule(${rule.id}): ${failures.length} of ${compliant.length + violating.length} case(s) failed\n${failures.join('\n')}`);
  }
};

/**
 * Runs every rule's own examples of a pack through testRule, each rule alone; rejects with one
 * AssertionError naming every failing case of every rule.
 */
export const testPack = async (pack: Pack, options: Omit<TestRuleOptions, 'pack'> = {}): Promise<void> => {
  const failures: string[] = [];
  for (const rule of pack.rules) {
    try {
      await testRule(rule, rule.examples, { ...options, pack });
    } catch (e) {
      if (!(e instanceof RuleTestError)) throw e;
      failures.push(e.message);
    }
  }
  if (failures.length > 0) throw new RuleTestError(`testPack(${pack.name}): ${failures.length} of ${pack.rules.length} rule(s) failed\n${failures.join('\n')}`);
};
