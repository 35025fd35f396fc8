// The purpose of a message decides which clauses apply (CLAUSES.md A1, U2, U5, P2): checked
// with the whole built-in pack, as a customer runs it.
import { describe, expect, it } from 'vitest';
import { createPolicy, type MessageInput, type RecipientInput } from '../../src/index.js';

const policy = createPolicy({ now: '2026-11-28T10:00:00Z', account: { senderDomains: ['shop.example'] }, locale: 'en' });
const footer = '<p><a href="https://shop.example/impressum">Impressum</a></p>';
const base = { from: '"Shop GmbH" <service@shop.example>', subject: 'Hallo' };

const ruleIds = async (message: MessageInput, recipients: RecipientInput[] = []) => {
  const report = await policy.check({ message, recipients });
  return { report, fired: report.violations.map((v) => v.ruleId) };
};

describe('purposes', () => {
  it('demands no unsubscribe link and no consent of a password reset', async () => {
    const { report, fired } = await ruleIds(
      { ...base, purpose: 'transactional', html: `<p>Neues Passwort: <a href="https://shop.example/reset/9">setzen</a></p>${footer}` },
      [{ address: 'anna@example.org' }, { address: 'ben@example.org', consent: { status: 'pending' } }],
    );
    expect(fired).toEqual([]);
    expect(report.recipients.map((r) => r.verdict)).toEqual(['send', 'send']);
  });

  it('lets a system notification go out without consent, unsubscribe link or imprint', async () => {
    const { fired } = await ruleIds({ ...base, from: '"Shop Monitoring" <alerts@shop.example>', purpose: 'system-notification', text: 'Backup failed on db-1' }, [{ address: 'ops@example.org' }]);
    expect(fired).toEqual([]);
  });

  it('exempts the DOI confirmation from U5 but demands a started opt-in (P2) and only one request (A2)', async () => {
    const doi: MessageInput = { ...base, purpose: 'doi-confirmation', html: `<p><a href="https://shop.example/confirm/1">Anmeldung bestätigen</a></p>${footer}` };
    const { report } = await ruleIds(doi, [
      { address: 'new@example.org', consent: { status: 'pending', method: 'double-opt-in' }, doiRequestsSent: 0 },
      { address: 'again@example.org', consent: { status: 'pending', method: 'double-opt-in' }, doiRequestsSent: 1 },
      { address: 'nobody@example.org' },
    ]);
    expect(report.recipients.map((r) => [r.verdict, r.violations.map((v) => v.ruleId)])).toEqual([
      ['send', []],
      ['exclude', ['mes/repeated-doi-request']],
      ['exclude', ['mes/doi-without-opt-in']],
    ]);
  });

  it('checks a message without purpose as a newsletter and reports the missing purpose (A1)', async () => {
    const { report, fired } = await ruleIds({ ...base, html: `<p>Angebote</p>${footer}` }, [{ address: 'anna@example.org' }]);
    expect(report.purpose).toBe('newsletter');
    expect(fired).toEqual(expect.arrayContaining(['mes/missing-purpose', 'mes/no-unsubscribe-link', 'mes/no-list-unsubscribe-header', 'mes/no-opt-in']));
    expect(report.violations.find((v) => v.ruleId === 'mes/missing-purpose')!.severity).toBe('advisory');
  });

  it('holds the whole send for a prohibited message-level breach', async () => {
    const { report } = await ruleIds(
      { ...base, purpose: 'transactional', contentLabels: ['dangerous-offer'], html: `<p>…</p>${footer}` },
      [{ address: 'anna@example.org' }],
    );
    expect(report.verdict).toBe('hold');
    expect(report.recipients[0]!.verdict).toBe('exclude');
    expect(report.violations.map((v) => [v.clause, v.severity])).toEqual([['P5', 'prohibited']]);
  });
});

describe('clause severities', () => {
  it('gives every rule the class of its clause (CLAUSES.md), advisory only for A1, U2 one-click and U8', () => {
    const prohibited = new Set(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
    const advisoryRules = new Set(['mes/missing-purpose', 'mes/no-one-click-unsubscribe', 'mes/html-clipped', 'mes/large-message']);
    for (const rule of policy.rules.filter((r) => /^[AUP]\d$/.test(r.clause))) {
      const expected = prohibited.has(rule.clause) ? 'prohibited' : advisoryRules.has(rule.id) ? 'advisory' : 'undesired';
      expect([rule.id, rule.severity]).toEqual([rule.id, expected]);
    }
  });
});
