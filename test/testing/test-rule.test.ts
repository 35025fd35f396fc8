import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { definePack, PackError } from '../../src/index.js';
import { testRule, RuleTestError } from '../../src/testing/index.js';
import { active, dormant, inactiveRule } from './fixtures.js';

const rejection = async (p: Promise<unknown>): Promise<RuleTestError> => {
  try {
    await p;
  } catch (e) {
    return e as RuleTestError;
  }
  throw new Error('expected testRule to reject');
};

describe('testRule', () => {
  it('passes when compliant cases are clean and violating ones produce exactly the listed violations', async () => {
    await testRule(inactiveRule, {
      compliant: [{ name: 'active', recipient: active }, { name: 'raised limit', recipient: dormant, options: { months: 24 } }],
      violating: [
        { recipients: [dormant, active, { ...dormant, address: 'older@example.org' }], violations: [{ recipient: 'old@example.org', data: { 'activity.monthsSinceActive': 12 } }, { recipient: 'older@example.org' }] },
        { recipient: active, options: { months: 1 }, violations: [{ data: { 'options.months': 1 }, message: 'Inactive for 1 months (limit 1).' }] },
        { name: 'fires, no violations listed', recipient: dormant },
      ],
    });
  });

  it('takes a rule file\'s examples as they are: the same case vocabulary', async () => {
    const examples = {
      violating: [{ name: 'dormant', recipient: dormant }],
      compliant: [{ name: 'active', recipient: active }],
    };
    await testRule({ ...inactiveRule, examples }, examples);
    const e = await rejection(testRule(inactiveRule, { violating: [{ name: 'active', recipient: active }] }));
    expect(e.message).toContain('violating[0] "active":\n    expected the rule to fire, it did not');
  });

  it('still accepts the deprecated valid/invalid cases', async () => {
    await testRule(inactiveRule, {
      valid: [{ name: 'active', recipient: active }],
      invalid: [{ input: { recipient: dormant }, violations: [{ recipient: 'old@example.org' }] }],
    });
    const e = await rejection(testRule(inactiveRule, { valid: [{ name: 'looks fine', recipient: dormant }] }));
    expect(e.message).toContain('compliant[0] "looks fine"');
  });

  it('rejects a compliant case that lists violations', async () => {
    const e = await rejection(testRule(inactiveRule, { compliant: [{ name: 'confused', recipient: active, violations: [{}] }] }));
    expect(e.message).toContain('a compliant case expects no violation');
  });

  it('runs only the rule under test: other rules (no unsubscribe link, no imprint) stay silent', async () => {
    await testRule(inactiveRule, { compliant: [{ recipient: active, message: { purpose: 'newsletter', html: '<p>no link, no imprint</p>' } }] });
  });

  it('rejects with one assertion error naming every failing case and what differed', async () => {
    const e = await rejection(testRule(inactiveRule, {
      compliant: [{ name: 'looks fine', recipient: dormant }, { name: 'really fine', recipient: active }],
      violating: [
        { name: 'missed', recipient: active, violations: [{}] },
        { name: 'wrong data', recipient: dormant, violations: [{ recipient: 'x@example.org', data: { 'activity.monthsSinceActive': 7, nope: 1 } }] },
      ],
    }));
    expect(e).toBeInstanceOf(RuleTestError);
    expect(e.name).toBe('AssertionError');
    expect(e.message).toBe([
      'testRule(acme/inactive): 3 of 4 case(s) failed',
      '  compliant[0] "looks fine":',
      '    expected no violation, got 1:',
      '      - acme/inactive (old@example.org): Inactive for 12 months (limit 6).',
      '  violating[0] "missed":',
      '    expected 1 violation(s), got 0',
      '  violating[1] "wrong data":',
      '    violation 0: expected recipient x@example.org, got old@example.org',
      '    violation 0: evidence "activity.monthsSinceActive" is 12, expected 7',
      '    violation 0: evidence has no "nope" (it has: activity.monthsSinceActive, options.months)',
    ].join('\n'));
  });

  it('reports a recipient that is not valid input in a compliant case', async () => {
    const e = await rejection(testRule(inactiveRule, { compliant: [{ recipient: { address: 42 } }] }));
    expect(e.message).toContain('recipient 0 is invalid input');
  });

  it('validates the rule itself and throws a PackError for a broken one', async () => {
    await expect(testRule({ ...inactiveRule, severity: 'fatal' as never }, { compliant: [] })).rejects.toBeInstanceOf(PackError);
  });

  it('takes any clause id of a rule tested alone, and checks it against the clauses of the pack it is given', async () => {
    await expect(testRule({ ...inactiveRule, clause: 'ACME-7' }, { compliant: [] })).resolves.toBeUndefined();
    const pack = definePack({ name: 'acme', version: '1.0.0', announcedAt: '2026-01-01', clauses: [{ id: 'U4', heading: { en: 'Inactive recipients' } }], rules: [inactiveRule] });
    const e = await rejection(testRule({ ...inactiveRule, clause: 'U5' }, { compliant: [] }, { pack }));
    expect(e).toBeInstanceOf(PackError);
    expect(e.message).toContain('did you mean "U4"');
  });

  // The same helper under node:test: a passing suite exits 0, a failing case fails its test.
  it('works under node:test', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', 'test/testing/test-rule.node.ts'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(r.stdout).toMatch(/# pass 2\b/);
    expect(r.stdout).toMatch(/# fail 1\b/);
    expect(r.stdout).toContain('expected no violation, got 1');
    expect(r.status).toBe(1);
  });
});
