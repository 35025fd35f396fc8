import { describe, expect, it } from 'vitest';
import { createPolicy, definePack, type Report, type RecipientInput } from '../../src/index.js';
import { toBeCompliant, toViolate } from '../../src/testing/index.js';
import '../../src/testing/vitest.js';
import { active, dormant, inactiveRule } from './fixtures.js';

const policy = createPolicy({ packs: [definePack({ name: 'acme', version: '1.0.0', announcedAt: '2026-01-01', clauses: [{ id: 'U4', heading: { en: 'Inactive recipients' } }], rules: [inactiveRule] })], now: '2026-06-01T12:00:00Z', locale: 'en' });
const message = { from: '"Shop GmbH" <news@shop.example>', subject: 'Hallo' };
const check = (recipients: unknown[]): Promise<Report> => policy.check({ message, recipients: recipients as RecipientInput[] });

describe('vitest matchers', () => {
  it('toBeCompliant passes on a clean report and toViolate finds a rule, optionally for one recipient', async () => {
    expect(await check([active])).toBeCompliant();
    const report = await check([active, dormant]);
    expect(report).not.toBeCompliant();
    expect(report).toViolate('acme/inactive');
    expect(report).toViolate('acme/inactive', { recipient: 'old@example.org' });
    expect(report).not.toViolate('acme/inactive', { recipient: 'fresh@example.org' });
    expect(report.recipients[0]).toBeCompliant();
  });

  it('toBeCompliant lists every violation when it fails', async () => {
    const report = await check([dormant]);
    expect(() => expect(report).toBeCompliant()).toThrow(
      'expected the report to be compliant, but it has 1 violation:\n  - acme/inactive [U4] old@example.org: Inactive for 12 months (limit 6).',
    );
    const clean = await check([active]);
    expect(() => expect(clean).not.toBeCompliant()).toThrow('expected the report to have violations, but it is compliant');
  });

  it('toViolate shows what the report has, and for whom the rule fired, when it fails', async () => {
    const report = await check([dormant]);
    expect(() => expect(report).toViolate('acme/inactive', { recipient: 'fresh@example.org' })).toThrow(
      'expected a violation of acme/inactive for recipient fresh@example.org, but the report has:\n  - acme/inactive [U4] old@example.org: Inactive for 12 months (limit 6).\nacme/inactive fired for: old@example.org',
    );
    const clean = await check([active]);
    expect(() => expect(clean).toViolate('acme/inactive')).toThrow('expected a violation of acme/inactive, but the report has:\n  (no violations)');
    expect(() => expect(report).not.toViolate('acme/inactive')).toThrow('expected no violation of acme/inactive, but found 1:');
  });

  it('says so when given something that is not a report', () => {
    expect(toBeCompliant(undefined).message()).toBe('toBeCompliant: expected a mailpolicy report (an object with a violations array), got undefined');
    expect(toViolate({ verdict: 'send' }, 'x').pass).toBe(false);
  });
});
