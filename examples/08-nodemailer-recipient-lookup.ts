// 08 – nodemailer with a per-recipient lookup at send time: the plugin asks your database for
// each to/cc/bcc address (consent, unsubscription, source) and refuses a send that would reach
// someone who unsubscribed or never confirmed, before nodemailer writes a byte.
// Run: npx tsx examples/08-nodemailer-recipient-lookup.ts
import assert from 'node:assert/strict';
import nodemailer from 'nodemailer';
import { createPolicy, mailpolicyPlugin, PolicyRejectedError, type RecipientInput } from 'mailpolicy';

// A stand-in for the CRM or suppression list (in real code: an async database query).
const crm = new Map<string, RecipientInput>([
  ['anna@example.org', { address: 'anna@example.org', consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2026-03-02' }, lastOpenAt: '2026-11-20' }],
  ['bernd@example.org', { address: 'bernd@example.org', consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2025-05-10' }, lastOpenAt: '2026-10-30', unsubscribedAt: '2026-11-01' }],
  ['carla@example.org', { address: 'carla@example.org', consent: { status: 'pending', method: 'double-opt-in', requestedAt: '2026-11-25' } }],
]);
const lookUp = async (address: string): Promise<RecipientInput> =>
  // Unknown addresses are checked as such: no consent on record.
  crm.get(address.toLowerCase()) ?? { address, consent: { status: 'none' } };

const policy = createPolicy({ account: { senderDomains: ['shop.example'] }, now: '2026-11-28T10:00:00Z', locale: 'en' });
const transporter = nodemailer.createTransport({ jsonTransport: true });
transporter.use('compile', mailpolicyPlugin(policy, { recipient: lookUp })); // failOn: 'undesired' (DEFAULT_FAIL_ON)

const newsletter = {
  from: '"Shop GmbH" <news@shop.example>',
  subject: 'Neu im Shop',
  html:
    '<p>Unsere Angebote</p><p>Shop GmbH, Musterstraße 1, 10115 Berlin · <a href="https://shop.example/impressum">Impressum</a></p>' +
    '<p><a href="https://shop.example/u/1">Newsletter abbestellen</a></p>',
  list: { unsubscribe: 'https://shop.example/u/1' },
  headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  mailpolicy: { purpose: 'newsletter' as const }, // type-checks: mailpolicy augments SendMailOptions
};

const results: Record<string, string> = {};
for (const to of ['Anna <anna@example.org>', 'bernd@example.org', 'carla@example.org', 'dora@example.org']) {
  try {
    await transporter.sendMail({ ...newsletter, to });
    results[to] = 'sent';
  } catch (e) {
    if (!(e instanceof PolicyRejectedError)) throw e;
    results[to] = e.violations.map((v) => v.ruleId).join(', ');
    console.log(`not sent to ${to}: ${e.violations[0]!.message}`);
  }
}
console.log(results);

assert.deepEqual(results, {
  'Anna <anna@example.org>': 'sent',
  'bernd@example.org': 'mes/unsubscribed-recipient',
  'carla@example.org': 'mes/unconfirmed-opt-in',
  'dora@example.org': 'mes/no-opt-in',
});
