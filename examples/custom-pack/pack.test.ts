// The example pack's tests: every rule's own examples through testRule and testPack (the pack
// brings its facts and operator: nothing is wired by hand), the edge cases a rule author would
// check, the pack in a policy from code, and from the CLI with --pack.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createPolicy, managedEmailServer } from '../../src/index.js';
import { testPack, testRule } from '../../src/testing/index.js';
import '../../src/testing/vitest.js';
import { loadPack } from '../../src/node/index.js';
import { acmeFacts, acmeOperators, germanHolidays } from './facts.js';
import { acmePack, createAcmePack } from './pack.js';

const sendLog = new Map([
  ['busy@example.org', [new Date('2026-11-23T08:00:00Z'), new Date('2026-11-25T08:00:00Z')]],
  ['once@example.org', [new Date('2026-11-24T08:00:00Z'), new Date('2026-11-20T08:00:00Z')]],
]);
const pack = createAcmePack(sendLog);

describe.each(pack.rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('passes its own examples, with nothing but its pack', async () => {
    await testRule(rule, rule.examples, { pack });
  });
});

it('testPack runs every rule\'s examples', async () => {
  await testPack(pack);
});

describe('acme/max-newsletters-per-week', () => {
  const rule = pack.rules[0]!;
  const recipient = (address: string) => ({ address, consent: { status: 'confirmed', method: 'double-opt-in' } });
  it('counts only this Berlin calendar week and honours the maxPerWeek option', async () => {
    await testRule(rule, {
      compliant: [
        { name: 'last week\'s send does not count', now: '2026-11-26T09:00:00Z', message: { purpose: 'newsletter' }, recipient: recipient('once@example.org') },
        { name: 'a higher limit', now: '2026-11-26T09:00:00Z', message: { purpose: 'newsletter' }, recipient: recipient('busy@example.org'), options: { maxPerWeek: 3 } },
        { name: 'next Monday starts a new week', now: '2026-11-30T09:00:00Z', message: { purpose: 'newsletter' }, recipient: recipient('busy@example.org') },
      ],
      violating: [{ now: '2026-11-26T09:00:00Z', message: { purpose: 'newsletter' }, recipient: recipient('once@example.org'), options: { maxPerWeek: 1 }, violations: [{ recipient: 'once@example.org', data: { newslettersThisWeek: 1, 'options.maxPerWeek': 1 } }] }],
    }, { pack });
  });
});

describe('acme/no-sunday-or-holiday-sends', () => {
  it('knows the moving and fixed German holidays', () => {
    expect([...germanHolidays(2027)].sort()).toEqual(['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-10-03', '2027-12-25', '2027-12-26']);
  });
  it('fires on Unity Day with the date in its message', async () => {
    await testRule(pack.rules[1]!, {
      violating: [{ now: '2026-10-03T10:00:00Z', message: { purpose: 'newsletter' }, violations: [{ message: 'Send day 2026-10-03 (saturday) is a Sunday or public holiday.' }] }],
    }, { pack });
  });
});

const sunday = {
  now: '2026-11-29T09:00:00Z',
  message: { from: '"Shop GmbH" <news@shop.example>', subject: 'News', purpose: 'newsletter' as const, html: '<p>x</p>' },
  recipients: [{ address: 'busy@example.org', consent: { status: 'confirmed' as const, method: 'double-opt-in' as const, confirmedAt: '2026-01-01' }, lastOpenAt: '2026-11-20' }],
};

describe('the pack in a policy', () => {
  it('cites its own clauses, in its own words, and its sanction-less rule suggests nothing', async () => {
    const report = await createPolicy({ packs: [pack] }).check(sunday);
    const v = report.violations.find((x) => x.ruleId === 'acme/no-sunday-or-holiday-sends')!;
    expect(v).toMatchObject({ clause: 'ACME-2', clauseHeading: 'No sends on Sundays or public holidays', sanction: 'none' });
    expect(report.violations.find((x) => x.ruleId === 'acme/max-newsletters-per-week')).toMatchObject({ clause: 'ACME-1', sanction: 'notice' });
    expect(pack.clauses.map((c) => c.id)).toEqual(['ACME-1', 'ACME-2']);
  });

  it('runs next to the provider\'s pack', async () => {
    const report = await createPolicy({ packs: [managedEmailServer, pack] }).check({ ...sunday, now: '2026-11-26T09:00:00Z' });
    expect(report).toViolate('acme/max-newsletters-per-week', { recipient: 'busy@example.org' });
    expect(report).toViolate('mes/no-unsubscribe-link');
    expect(report).not.toViolate('acme/no-sunday-or-holiday-sends');
  });

  it('loads from its folder with the same rules; a JSON folder carries no code, so the policy brings the facts', async () => {
    const folder = await loadPack('examples/custom-pack/rules');
    expect(folder.rules).toEqual(acmePack.rules);
    expect(folder.clauses).toEqual(acmePack.clauses);
    expect(() => createPolicy({ packs: [folder] })).toThrow(/unknown fact "newslettersThisWeek"[\s\S]*unknown fact "sendDay"[\s\S]*unknown operator "isPublicHolidayIn"/);
    const report = await createPolicy({ packs: [folder], facts: acmeFacts(sendLog), operators: acmeOperators }).check(sunday);
    expect(report).toViolate('acme/no-sunday-or-holiday-sends');
  });
});

// The pack module is TypeScript: the CLI runs from source with tsx here (a published pack ships
// JavaScript, which the built `mailpolicy` command imports as it is).
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', LANG: 'en_US.UTF-8' } });

describe('from the CLI', () => {
  it('mailpolicy check --pack examples/custom-pack/pack.ts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'acme-cli-'));
    try {
      writeFileSync(join(dir, 'message.json'), JSON.stringify(sunday.message));
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'check', join(dir, 'message.json'), '--pack', 'examples/custom-pack/pack.ts', '--now', sunday.now, '--format', 'json', '--fail-on', 'advisory'], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '' },
      });
      expect(r.stderr).toBe('');
      const report = JSON.parse(r.stdout) as { violations: { ruleId: string; clause: string; sanction: string }[] };
      expect(report.violations.map((v) => [v.ruleId, v.clause, v.sanction])).toEqual([['acme/no-sunday-or-holiday-sends', 'ACME-2', 'none']]);
      expect(r.status).toBe(1);
      const rules = cli('rules', '--pack', 'examples/custom-pack/pack.ts');
      expect(rules.stdout).toMatch(/acme\/max-newsletters-per-week +ACME-1 +undesired/);
      expect(rules.stdout).toMatch(/acme\/no-sunday-or-holiday-sends +ACME-2 +advisory +message +none/);
      expect(cli('validate-pack', 'examples/custom-pack/pack.ts').stdout).toBe('examples/custom-pack/pack.ts: pack acme-mail-etiquette 1.0.0, 2 rules, 2 clauses: no problems\n');
      // The JSON folder alone carries no code: its facts and operator are unknown there.
      const folder = cli('validate-pack', 'examples/custom-pack/rules');
      expect(folder.status).toBe(2);
      expect(folder.stderr).toContain('examples/custom-pack/rules/no-sunday-or-holiday-sends.json:23:9: unknown-fact: unknown fact "sendDay"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('main.ts', () => {
  it('runs with tsx and explains each violation', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'examples/custom-pack/main.ts'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('acme/no-sunday-or-holiday-sends [ACME-2 No sends on Sundays or public holidays]: Send day 2026-11-29 (sunday) is a Sunday or public holiday.');
    expect(r.stdout).toContain('✓ newslettersThisWeek greaterThanInclusive 2 (options.maxPerWeek) → actual 2: passed');
  }, 60_000);
});
