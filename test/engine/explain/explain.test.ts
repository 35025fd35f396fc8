import { describe, expect, it } from 'vitest';
import { createPolicy, explain, formatExplanation, managedEmailServer, type ExplainedCondition } from '../../../src/index.js';
import { runExample } from '../../../src/testing/run-example.js';

const policy = createPolicy({ now: '2026-11-28T12:00:00Z', account: { senderDomains: ['shop.example'] } });
const botInput = {
  message: { from: '"Shop GmbH" <news@shop.example>', subject: 'Bitte bestätigen', purpose: 'doi-confirmation', text: 'Bitte bestätigen: https://shop.example/confirm/abc' },
  recipients: [{ address: 'max@example.org', consent: { status: 'pending', method: 'double-opt-in' }, signup: { honeypotFilled: true, botScore: 0.9 } }],
} as const;

const leaves = (c: ExplainedCondition): ExplainedCondition[] => (c.kind === 'fact' ? [c] : c.conditions.flatMap(leaves));

describe('explain(violation)', () => {
  it('lists each condition with fact, path, operator, expected, actual and passed / failed / not evaluated', async () => {
    const report = await policy.check(botInput as never);
    const v = report.violations.find((x) => x.ruleId === 'mes/bot-signup')!;
    const e = explain(v);
    expect(e).toMatchObject({ ruleId: 'mes/bot-signup', clause: 'U7', recipient: 'max@example.org', source: 'evaluation' });
    expect(e.conditions).toMatchObject({ kind: 'all', status: 'passed' });
    expect(leaves(e.conditions)).toEqual([
      { kind: 'fact', fact: 'consent', path: '$.doiConfirmed', key: 'consent.doiConfirmed', operator: 'equal', expected: false, actual: false, status: 'passed' },
      { kind: 'fact', fact: 'botSignals', path: '$.count', key: 'botSignals.count', operator: 'greaterThan', expected: 0, actual: expect.any(Number), status: 'passed' },
      // `any` stopped at the first signal: the score was never compared.
      { kind: 'fact', fact: 'botSignals', path: '$.botScore', key: 'botSignals.botScore', operator: 'greaterThanInclusive', expected: 0.5, expectedFrom: 'options.minBotScore', status: 'not-evaluated' },
    ]);
  });

  it('shows exactly the values the evidence holds', async () => {
    const report = await policy.check(botInput as never);
    const v = report.violations.find((x) => x.ruleId === 'mes/bot-signup')!;
    for (const leaf of leaves(explain(v).conditions)) {
      if (leaf.kind === 'fact' && leaf.status !== 'not-evaluated') expect(v.evidence[leaf.key]).toEqual(leaf.actual);
    }
  });

  it('replays the rule over the evidence after a JSON round trip (policy.explain)', async () => {
    const report = await policy.check(botInput as never);
    const v = report.violations.find((x) => x.ruleId === 'mes/bot-signup')!;
    const copy = JSON.parse(JSON.stringify(v));
    expect(() => explain(copy)).toThrow(TypeError);
    const replayed = policy.explain(copy);
    expect(replayed.source).toBe('evidence');
    expect(replayed.conditions).toEqual(explain(v).conditions);
  });

  it('carries the explanation out of sight: a violation is plain data with exactly its schema keys', async () => {
    const report = await policy.check(botInput as never);
    const v = report.violations.find((x) => x.ruleId === 'mes/bot-signup')!;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['ruleId', 'clause', 'clauseHeading', 'severity', 'sanction', 'scope', 'recipient', 'message', 'messages', 'fix', 'evidence']);
    // One symbol, shared by every copy of the package (its ESM and CommonJS entries each bundle
    // their own code), and not enumerable.
    const symbols = Object.getOwnPropertySymbols(v);
    expect(symbols).toEqual([Symbol.for('mailpolicy.explanation')]);
    expect(Object.getOwnPropertyDescriptor(v, symbols[0]!)!.enumerable).toBe(false);
    // Test matchers compare it with a plain copy, strictly too; the copy carries no explanation.
    const copy = { ...v };
    expect(v).toStrictEqual(copy);
    expect(explain(v).source).toBe('evaluation');
    expect(() => explain(copy)).toThrow(TypeError);
    expect(policy.explain(copy).source).toBe('evidence');
  });

  it('marks failed leaves and decided groups (a compliant branch of an any)', async () => {
    const report = await policy.check({ ...botInput, recipients: [{ address: 'max@example.org', consent: { status: 'pending', method: 'double-opt-in' }, signup: { botScore: 0.7 } }] } as never);
    const e = explain(report.violations.find((x) => x.ruleId === 'mes/bot-signup')!);
    expect(leaves(e.conditions).map((l) => (l.kind === 'fact' ? `${l.key}:${l.status}` : ''))).toEqual(['consent.doiConfirmed:passed', 'botSignals.count:failed', 'botSignals.botScore:passed']);
  });

  it('formats an explanation as text in English and German', async () => {
    const report = await policy.check(botInput as never);
    const e = explain(report.violations.find((x) => x.ruleId === 'mes/bot-signup')!);
    const en = formatExplanation(e, 'en');
    expect(en).toContain('mes/bot-signup [U7 Versand an Empfänger, die mutmaßlich durch Bots angemeldet wurden] max@example.org');
    expect(en).toContain('✓ consent.doiConfirmed equal false → actual false: passed');
    expect(en).toContain('· botSignals.botScore greaterThanInclusive 0.5 (options.minBotScore): not evaluated');
    expect(formatExplanation(e, 'de')).toContain('nicht ausgewertet');
  });

  // The explanation walks the JSON conditions itself; every built-in example proves it agrees
  // with the compiled conditions that decided the rule fired.
  it.each(managedEmailServer.rules.map((r) => [r.id, r] as const))('agrees with the engine on the violating examples of %s', async (_id, rule) => {
    for (const example of rule.examples.violating) {
      const report = await runExample(managedEmailServer, rule, example);
      for (const v of report.violations.filter((x) => x.ruleId === rule.id)) {
        expect(explain(v).conditions.status).toBe('passed');
      }
    }
  });
});
