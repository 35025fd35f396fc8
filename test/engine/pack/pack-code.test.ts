import { describe, expect, it } from 'vitest';
import { builtinPacks, createPolicy, defaultPacks, defineFact, defineOperator, definePack, managedEmailServer, PackError, suggestedSanctions, type PackIssue, type RuleInput } from '../../../src/index.js';
import { testRule } from '../../../src/testing/index.js';

// Issue 17, items 2-4: a pack carries its clauses, facts, operators and sanction policy, and
// the core knows no pack of its own beyond the documented default list.
const clauses = [{ id: 'ACME-1', heading: { en: 'No sends on Sundays' } }];
const sundayRule = {
  id: 'acme/no-sunday',
  clause: 'ACME-1',
  scope: 'message',
  severity: 'undesired',
  sanction: 'notice',
  description: { de: 'Kein Versand am Sonntag.', en: 'No sends on Sundays.' },
  fix: { de: 'Am Montag senden.', en: 'Send on Monday.' },
  messages: { de: 'Versandtag {sendDay}.', en: 'Send day {sendDay}.' },
  conditions: { all: [{ fact: 'sendDay', operator: 'isSunday', value: true }] },
  examples: {
    violating: [{ name: 'sunday', now: '2026-11-29T10:00:00Z', message: { purpose: 'newsletter', html: '<p>x</p>' } }],
    compliant: [{ name: 'monday', now: '2026-11-30T10:00:00Z', message: { purpose: 'newsletter', html: '<p>x</p>' } }],
  },
} as unknown as RuleInput;
const noAdviceRule = { ...sundayRule, id: 'acme/advice', severity: 'advisory', sanction: undefined, conditions: { all: [{ fact: 'sendDay', operator: 'isSunday', value: true }] } } as unknown as RuleInput;

const facts = { sendDay: defineFact({ scope: 'message', description: 'The UTC day of the send', compute: (ctx) => ctx.now.toISOString().slice(0, 10) }) };
const operators = { isSunday: defineOperator((day: unknown, expected: unknown) => typeof day === 'string' && (new Date(`${day}T12:00:00Z`).getUTCDay() === 0) === expected) };
const acme = (over: Record<string, unknown> = {}) =>
  definePack({ name: 'acme', version: '1.0.0', announcedAt: '2026-01-01', clauses, facts, operators, rules: [sundayRule, noAdviceRule], ...over } as never);
const message = { from: '"Shop" <news@shop.example>', subject: 'News', purpose: 'newsletter', html: '<p>x</p>' } as const;
const issuesOf = (f: () => unknown): PackIssue[] => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return [...(e as PackError).issues];
  }
  throw new Error('expected a PackError');
};

describe('a pack carries its facts and operators', () => {
  it('createPolicy needs nothing besides the pack', async () => {
    const report = await createPolicy({ packs: [{ pack: acme(), use: 'all' }], now: '2026-11-29T10:00:00Z', locale: 'en' }).check({ message });
    expect(report.violations.map((v) => [v.ruleId, v.clause, v.message])).toEqual([
      ['acme/no-sunday', 'ACME-1', 'Send day 2026-11-29.'],
      ['acme/advice', 'ACME-1', 'Send day 2026-11-29.'],
    ]);
  });
  it('testRule runs a rule with its pack\'s facts and operators', async () => {
    const pack = acme();
    await expect(testRule(sundayRule, (sundayRule as unknown as { examples: never }).examples, { pack })).resolves.toBeUndefined();
  });
  it('refuses two packs, or a pack and the policy, that define the same fact or operator', () => {
    // The same definition object in two packs (one fact module imported twice) is no clash.
    const shared = definePack({ name: 'shared', version: '1.0.0', announcedAt: '2026-01-01', clauses, facts, operators, rules: [] } as never);
    expect(() => createPolicy({ packs: [acme(), shared] })).not.toThrow();
    const other = definePack({ name: 'other', version: '1.0.0', announcedAt: '2026-01-01', clauses, facts: { sendDay: () => 'x' }, operators: { isSunday: () => false }, rules: [] } as never);
    expect(issuesOf(() => createPolicy({ packs: [acme(), other] })).map((i) => i.code).sort()).toEqual(['duplicate-fact', 'duplicate-operator']);
    const both = issuesOf(() => createPolicy({ packs: [acme()], facts: { sendDay: () => 'x' } }));
    expect(both.map((i) => [i.code, i.pointer])).toEqual([['duplicate-fact', '/facts/sendDay']]);
    expect(both[0]!.message).toContain('acme');
  });
  it('checks a pack\'s facts and operators when the pack is defined', () => {
    expect(issuesOf(() => acme({ facts: { unsubscribe: () => 1 } })).map((i) => [i.code, i.pointer])).toContainEqual(['duplicate-fact', '/facts/unsubscribe']);
    expect(issuesOf(() => acme({ operators: { equal: () => true } })).map((i) => [i.code, i.pointer])).toContainEqual(['duplicate-operator', '/operators/equal']);
  });
});

describe('a pack owns its sanction policy', () => {
  it('without one, the report suggests each rule\'s own sanction, no ladder and no warning', async () => {
    const report = await createPolicy({ packs: [{ pack: acme(), use: 'all' }], now: '2026-11-29T10:00:00Z', locale: 'en' }).check({
      message,
      history: { incidents: [{ at: '2026-11-20', clause: 'ACME-1', severity: 'undesired' }] } as never,
    });
    expect(report.sanction.kind).toBe('notice');
    expect(report.sanction.actions).toEqual(['notice']);
    expect(report.interventions.map((i) => [i.kind, i.clause])).toEqual([['notice', 'ACME-1']]);
  });
  it('with one, report.sanction is its decision', async () => {
    const sanctions = (input: Parameters<typeof suggestedSanctions>[0]) => {
      const d = suggestedSanctions(input);
      return { ...d, sanction: { ...d.sanction, kind: 'pause-campaign' as const, actions: ['pause-campaign' as const, ...d.sanction.actions], reasons: [`${input.violations.length} violation(s)`] } };
    };
    const report = await createPolicy({ packs: [{ pack: acme({ sanctions }), use: 'all' }], now: '2026-11-29T10:00:00Z', locale: 'en' }).check({ message });
    expect(report.sanction.kind).toBe('pause-campaign');
    expect(report.sanction.reasons).toEqual(['2 violation(s)']);
  });
  it('beside the seed pack, each pack decides over its own violations and the strongest decision wins', async () => {
    const policy = createPolicy({ packs: [managedEmailServer, { pack: acme(), use: 'all' }], now: '2026-11-29T10:00:00Z', locale: 'en' });
    const report = await policy.check({ message: { ...message, html: '<p>x</p>' } });
    const ids = report.violations.map((v) => v.ruleId);
    expect(ids).toContain('acme/no-sunday');
    expect(ids.some((id) => id.startsWith('mes/'))).toBe(true);
    // The seed's no-imprint (undesired, first breach) asks for a notice through its ladder; acme's rule too.
    expect(report.interventions.some((i) => i.clause === 'ACME-1')).toBe(true);
    expect(report.interventions.some((i) => i.clause !== 'ACME-1')).toBe(true);
  });
});

describe('no special pack', () => {
  it('createPolicy without packs uses the documented default list', () => {
    expect(defaultPacks).toEqual([managedEmailServer]);
    expect(createPolicy().describe().packs.map((p) => p.name)).toEqual(defaultPacks.map((p) => p.name));
  });
  it('a policy of another pack alone reports no seed rule and no seed clause', async () => {
    const report = await createPolicy({ packs: [{ pack: acme(), use: 'all' }], now: '2026-11-29T10:00:00Z', locale: 'en' }).check({ message: { ...message, html: '<p>no imprint, no unsubscribe</p>' } });
    expect(report.violations.every((v) => v.ruleId.startsWith('acme/'))).toBe(true);
    expect(report.policyVersions?.map((v) => v.pack)).toEqual(['acme']);
  });
  it('every built-in pack can join one policy: their facts and operators do not clash', async () => {
    expect(builtinPacks.length).toBeGreaterThan(1);
    const policy = createPolicy({ packs: [...builtinPacks], now: '2026-11-28T10:00:00Z', locale: 'en' });
    expect(policy.describe().packs.map((p) => p.name)).toEqual(builtinPacks.map((p) => p.name));
    const report = await policy.check({ message: { ...message, html: '<p>no imprint</p>' } });
    expect(new Set(report.violations.map((v) => v.ruleId.split('/')[0])).size).toBeGreaterThan(1);
  });
});
