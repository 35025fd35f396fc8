// Thresholds at their defaults (rule examples cover options; these build inputs too large or too
// exact for a JSON example).
import { describe, expect, it } from 'vitest';
import { createPolicy, type MessageInput, type RecipientInput } from '../../src/index.js';
import { looksGibberish } from '../../src/facts/recipient/bot-signals.js';

const only = (id: string, now = '2026-11-28T10:00:00Z') =>
  createPolicy({ now, account: { senderDomains: ['shop.example'] }, rules: Object.fromEntries(createPolicy().rules.filter((r) => r.id !== id).map((r) => [r.id, 'off'])) });

const fires = async (id: string, message: Partial<MessageInput>, recipient?: RecipientInput, now?: string) => {
  const report = await only(id, now).check({ message: { from: '"Shop GmbH" <news@shop.example>', subject: 'x', ...message }, recipients: recipient ? [recipient] : [] });
  return report.violations.some((v) => v.ruleId === id);
};

describe('U8 HTML clipping at Gmail’s 102 KB', () => {
  const html = (bytes: number) => `<p>${'x'.repeat(bytes - 7)}</p>`;
  it('does not fire at exactly 104 448 bytes and fires one byte above', async () => {
    expect(await fires('mes/html-clipped', { html: html(104_448) })).toBe(false);
    expect(await fires('mes/html-clipped', { html: html(104_449) })).toBe(true);
  });
  it('counts UTF-8 bytes, not characters', async () => {
    expect(await fires('mes/html-clipped', { html: `<p>${'ä'.repeat(60_000)}</p>` })).toBe(true);
  });
});

describe('U8 whole message size without rawSize', () => {
  it('measures headers and bodies', async () => {
    expect(await fires('mes/large-message', { html: 'x'.repeat(600_000), text: 'y'.repeat(500_000) })).toBe(true);
    expect(await fires('mes/large-message', { html: 'x'.repeat(600_000) })).toBe(false);
  });
});

describe('U4 six months, whatever the month lengths', () => {
  const r = (lastOpenAt: string): RecipientInput => ({ address: 'a@example.org', consent: { status: 'confirmed', method: 'double-opt-in' }, lastOpenAt });
  it.each([
    ['2026-08-31T12:00:00Z', '2027-02-28T12:00:00Z', false], // end of month: Aug 31 + 6 months = Feb 28
    ['2026-08-31T12:00:00Z', '2027-03-01T12:00:00Z', true],
    ['2026-11-15T00:00:00Z', '2027-05-15T00:00:00Z', false],
    ['2026-11-15T00:00:00Z', '2027-05-16T00:00:00Z', true],
    // Counted in Berlin days (§ 188 (2) BGB): 23:30 UTC on 14 Nov is 15 Nov in Berlin.
    ['2026-11-14T23:30:00Z', '2027-05-15T21:00:00Z', false],
  ])('last open %s, checked %s → fires %s', async (open, now, expected) => {
    expect(await fires('mes/inactive-recipient', { purpose: 'newsletter' }, r(open), now)).toBe(expected);
  });
});

describe('bot signals', () => {
  it('calls machine-made local parts gibberish, not names', () => {
    for (const s of ['xkqzvbtrwpl', 'qwrtzpsdfghjk', 'a8213379401', 'zx9k2m8q7w4r']) expect([s, looksGibberish(s)]).toEqual([s, true]);
    for (const s of ['anna.schmidt', 'info', 'max.mustermann1985', 'kundenservice', 'christkindl', 'a1b2c3d4e5f6g7']) expect([s, looksGibberish(s)]).toEqual([s, false]);
  });
  it('does not call numeric mailboxes gibberish (T-Online phone-number addresses, customer numbers; issue 22)', () => {
    for (const s of ['0301234567-0001', '83920174653', '4915112345678']) expect([s, looksGibberish(s)]).toEqual([s, false]);
  });
});
