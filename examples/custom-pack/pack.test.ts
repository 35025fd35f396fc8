// The example pack's tests: every rule's own examples through testRule (with the pack's custom
// facts and operator and a demo send log), plus the edge cases a rule author would check.
import { describe, expect, it } from 'vitest';
import { createPolicy, managedEmailServer } from '../../src/index.js';
import { testRule } from '../../src/testing/index.js';
import '../../src/testing/vitest.js';
import { loadPack } from '../../src/node/index.js';
import { acmeFacts, acmeOperators, germanHolidays } from './facts.js';
import { acmePack } from './pack.js';

const sendLog = new Map([
  ['busy@example.org', [new Date('2026-11-23T08:00:00Z'), new Date('2026-11-25T08:00:00Z')]],
  ['once@example.org', [new Date('2026-11-24T08:00:00Z'), new Date('2026-11-20T08:00:00Z')]],
]);
const env = { pack: acmePack, facts: acmeFacts(sendLog), operators: acmeOperators };
describe.each(acmePack.rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('passes its own examples', async () => {
    await testRule(rule, rule.examples, env);
  });
});

describe('acme/max-newsletters-per-week', () => {
  const rule = acmePack.rules[0]!;
  const recipient = (address: string) => ({ address, consent: { status: 'confirmed', method: 'double-opt-in' } });
  it('counts only this Berlin calendar week and honours the maxPerWeek option', async () => {
    await testRule(rule, {
      compliant: [
        { name: 'last week\'s send does not count', now: '2026-11-26T09:00:00Z', message: { purpose: 'newsletter' }, recipient: recipient('once@example.org') },
        { name: 'a higher limit', now: '2026-11-26T09:00:00Z', message: { purpose: 'newsletter' }, recipient: recipient('busy@example.org'), options: { maxPerWeek: 3 } },
        { name: 'next Monday starts a new week', now: '2026-11-30T09:00:00Z', message: { purpose: 'newsletter' }, recipient: recipient('busy@example.org') },
      ],
      violating: [{ now: '2026-11-26T09:00:00Z', message: { purpose: 'newsletter' }, recipient: recipient('once@example.org'), options: { maxPerWeek: 1 }, violations: [{ recipient: 'once@example.org', data: { newslettersThisWeek: 1, 'options.maxPerWeek': 1 } }] }],
    }, env);
  });
});

describe('acme/no-sunday-or-holiday-sends', () => {
  it('knows the moving and fixed German holidays', () => {
    expect([...germanHolidays(2027)].sort()).toEqual(['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-10-03', '2027-12-25', '2027-12-26']);
  });
  it('fires on Unity Day with the date in its message', async () => {
    await testRule(acmePack.rules[1]!, {
      violating: [{ now: '2026-10-03T10:00:00Z', message: { purpose: 'newsletter' }, violations: [{ message: 'Send day 2026-10-03 (saturday) is a Sunday or public holiday.' }] }],
    }, env);
  });
});

describe('the pack in a policy', () => {
  it('loads from its folder the same as the bundled definition', async () => {
    expect((await loadPack('examples/custom-pack/rules')).rules).toEqual(acmePack.rules);
  });

  it('cannot be used without its custom fact and operator', () => {
    expect(() => createPolicy({ packs: [acmePack] })).toThrow(/unknown fact "newslettersThisWeek"[\s\S]*unknown fact "sendDay"[\s\S]*unknown operator "isPublicHolidayIn"/);
  });

  it('runs next to the provider\'s pack', async () => {
    const policy = createPolicy({ extends: [{ packs: [managedEmailServer] }], packs: [acmePack], facts: env.facts, operators: env.operators });
    const report = await policy.check({
      now: '2026-11-26T09:00:00Z',
      message: { from: '"Shop GmbH" <news@shop.example>', subject: 'News', purpose: 'newsletter', html: '<p>x</p>' },
      recipients: [{ address: 'busy@example.org', consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2026-01-01' }, lastOpenAt: '2026-11-20' }],
    });
    expect(report).toViolate('acme/max-newsletters-per-week', { recipient: 'busy@example.org' });
    expect(report).toViolate('mes/no-unsubscribe-link');
    expect(report).not.toViolate('acme/no-sunday-or-holiday-sends');
  });
});

describe('main.ts', () => {
  it('runs with tsx and explains each violation', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'examples/custom-pack/main.ts'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('acme/no-sunday-or-holiday-sends [ACME-2 No sends on Sundays and public holidays]: Send day 2026-11-29 (sunday) is a Sunday or public holiday.');
    expect(r.stdout).toContain('✓ newslettersThisWeek greaterThanInclusive 2 (options.maxPerWeek) → actual 2: passed');
  });
});
