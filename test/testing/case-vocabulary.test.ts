// One vocabulary for rule cases (issue 17 item 7): a rule file's examples ARE testRule cases
// (same names, same shape: `compliant` / `violating`, `violations` with ruleId, recipient,
// data, message), run by one runner (runCase) with the same defaults. `valid` / `invalid` stay
// as deprecated aliases.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { managedEmailServer, type RuleExample } from '../../src/index.js';
import { runCase, runExample, rulePack, testRule, type RuleCase, type RuleTestCases } from '../../src/testing/index.js';

const rule = managedEmailServer.rules.find((r) => r.id === 'mes/no-unsubscribe-link')!;

describe('rule case vocabulary', () => {
  it('a rule file example is a RuleCase, and a rule\'s examples are RuleTestCases', () => {
    expectTypeOf<RuleExample>().toExtend<RuleCase>();
    expectTypeOf<{ violating: RuleExample[]; compliant: RuleExample[] }>().toExtend<RuleTestCases>();
    expectTypeOf<RuleCase>().not.toExtend<RuleExample>(); // name optional, now also a Date
  });

  it('runs a rule\'s own examples as they are, and the same example the same through both entry points', async () => {
    await testRule(rule, rule.examples, { pack: managedEmailServer });
    const example = rule.examples.violating[0]!;
    const viaExample = await runExample(managedEmailServer, rule, example);
    const viaCase = await runCase(rulePack(rule, managedEmailServer), rule, example);
    expect(viaCase.violations).toEqual(viaExample.violations);
    expect(viaCase.violations.map((v) => v.ruleId)).toContain(rule.id);
  });

  it('still takes the deprecated valid / invalid cases', async () => {
    const example = rule.examples.violating[0]!;
    await testRule(rule, { valid: [rule.examples.compliant[0]!], invalid: [{ input: example, violations: [{}] }] }, { pack: managedEmailServer });
  });
});
