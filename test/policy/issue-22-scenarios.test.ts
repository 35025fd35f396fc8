// The scenarios of issue 22 ("The seed policy, rule by rule, as a careful German reader applies
// it"), each as the issue states it: now 2026-11-28T10:00Z, senderDomains ['shop.de'], an
// otherwise compliant newsletter unless noted.
import { describe, expect, it } from 'vitest';
import { createPolicy, type Report } from '../../src/index.js';

const NOW = '2026-11-28T10:00:00Z';
const newsletter = {
  from: '"Shop GmbH" <news@shop.de>',
  subject: 'Neuigkeiten',
  purpose: 'newsletter' as const,
  headers: { 'List-Unsubscribe': '<https://shop.de/abmelden?id=1>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  html: '<p>Neu im Shop.</p><a href="https://shop.de/abmelden?id=1">Abmelden</a> <a href="https://shop.de/impressum">Impressum</a>',
};
const doiMail = { ...newsletter, purpose: 'doi-confirmation' as const, html: undefined, text: 'Bitte bestätigen: https://shop.de/confirm/abc\n\nImpressum: https://shop.de/impressum' };
const confirmed = { status: 'confirmed' as const, method: 'double-opt-in' as const, confirmedAt: '2026-01-10' };

const check = (input: { message?: object; recipients?: object[]; history?: object }, extra: object = {}): Promise<Report> =>
  createPolicy({ now: NOW, account: { senderDomains: ['shop.de'] }, locale: 'de', ...extra }).check({
    message: (input.message ?? newsletter) as never,
    recipients: (input.recipients ?? []) as never,
    history: (input.history ?? {}) as never,
  });
const ids = (r: Report) => r.violations.map((v) => v.ruleId);

describe('issue 22 item 6: subscribers who legitimately came back', () => {
  it('A2: a new sign-up two minutes old after an unsubscribe gets its confirmation mail', async () => {
    const r = await check({
      message: doiMail,
      recipients: [{ address: 'anna@example.org', doiRequestsSent: 1, unsubscribedAt: '2025-02-01', consent: { status: 'pending', method: 'double-opt-in', requestedAt: '2026-11-28T09:58:00Z' } }],
    });
    expect(ids(r)).not.toContain('mes/repeated-doi-request');
    expect(r.recipients[0]!.verdict).toBe('send');
  });
  it('U4: a fresh re-confirmation counts as activity', async () => {
    const r = await check({ recipients: [{ address: 'anna@example.org', consent: { ...confirmed, confirmedAt: '2026-11-27' }, lastOpenAt: '2026-03-20' }] });
    expect(ids(r)).not.toContain('mes/inactive-recipient');
  });
  it('U6: a consent confirmed after a six-month gap has not lapsed', async () => {
    const r = await check({
      recipients: [{ address: 'anna@example.org', consent: { ...confirmed, confirmedAt: '2026-11-27' }, lastSentAt: '2025-11-20', lastOpenAt: '2026-11-27' }],
      history: { lastCampaignAt: '2025-11-20' },
    });
    expect(ids(r)).not.toContain('mes/dormant-recipient');
    expect(ids(r)).not.toContain('mes/dormant-list');
    expect(r.recipients[0]!.verdict).toBe('send');
  });
});

describe('issue 22 item 7: bot detection', () => {
  it('a pending numeric T-Online address gets its DOI confirmation', async () => {
    const r = await check({ message: doiMail, recipients: [{ address: '0301234567-0001@t-online.de', consent: { status: 'pending', method: 'double-opt-in' } }] });
    expect(ids(r)).not.toContain('mes/bot-signup');
    expect(r.recipients[0]!.verdict).toBe('send');
  });
  it('honeypot + bot score 0.99 + a single opt-in "confirmed": the DOI mail is not sent', async () => {
    const r = await check({
      message: doiMail,
      recipients: [{ address: 'xkqzvbtrwpl@mailinator.com', signup: { honeypotFilled: true, botScore: 0.99 }, consent: { status: 'confirmed', method: 'single-opt-in' } }],
    });
    expect(ids(r)).toContain('mes/bot-signup');
    expect(r.recipients[0]!.verdict).toBe('exclude');
  });
});
