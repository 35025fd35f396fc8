// 09 – Provider policy and German law side by side (docs/german-law.md).
// Run: npx tsx examples/09-german-law.ts
// The provider's policy accepts only double opt-in; German law (UWG § 7(3)) also allows
// advertising to existing customers under four conditions, and asks for things the provider
// never checks (proof of consent, the objection notice, consent to tracking). The germanLaw pack
// encodes the cited statutes and decisions as of its version; it is not legal advice.
import assert from 'node:assert/strict';
import { createPolicy, germanLaw, managedEmailServer, type RecipientInput } from 'mailpolicy';

const message = {
  from: '"Outdoor Shop GmbH" <news@shop.example>',
  subject: 'Neue Wanderschuhe für den Winter',
  purpose: 'newsletter' as const,
  // The message's own product categories: § 7(3) Nr. 2 (own similar goods) compares them.
  productCategories: ['schuhe'],
  headers: { 'List-Unsubscribe': '<https://shop.example/abmelden>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  html: [
    '<p>Neue Wanderschuhe: <a href="https://shop.example/schuhe">ansehen</a></p>',
    // The § 7(3) Nr. 4 notice, in every mail to existing customers.
    '<p>Sie können der Verwendung Ihrer E-Mail-Adresse jederzeit widersprechen, ohne dass hierfür andere als die Übermittlungskosten nach den Basistarifen entstehen.</p>',
    '<p><a href="https://shop.example/abmelden">Abmelden</a> · <a href="https://shop.example/impressum">Impressum</a></p>',
    // An open-tracking pixel: § 25(1) TDDDG asks for consent to it.
    '<img src="https://t.shop.example/o/8f3a9c2e1b7d4f60a1c2" width="1" height="1" alt="">',
  ].join('\n'),
};

const recipients: RecipientInput[] = [
  {
    // Double opt-in with full evidence and a separate consent to tracking: fine for both.
    address: 'anna@example.org',
    consent: { status: 'confirmed', method: 'double-opt-in', requestedAt: '2026-01-10T09:00:00Z', confirmedAt: '2026-01-10T09:05:00Z', source: 'footer-form', textVersion: 'nl-2026-01', ip: '203.0.113.7', tracking: true },
    lastOpenAt: '2026-11-20',
  },
  {
    // An existing customer under UWG § 7(3): lawful in Germany, forbidden by the provider (P2).
    address: 'kunde@example.org',
    source: 'checkout',
    consent: { status: 'none', method: 'existing-customer' },
    existingCustomer: { purchasedAt: '2026-10-02', productCategories: ['schuhe'], noticeAtCollection: true },
    lastOpenAt: '2026-11-20',
  },
  {
    // Double opt-in, but no record of the consent text and no consent to tracking: the provider
    // is satisfied, the law is not.
    address: 'ben@example.org',
    consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2026-02-01', source: 'footer-form' },
    lastOpenAt: '2026-11-20',
  },
];

const now = '2026-11-28T10:00:00Z';
const account = { senderDomains: ['shop.example'] };
const both = createPolicy({ now, account, locale: 'en', packs: [managedEmailServer, germanLaw] });
const report = await both.check({ message, recipients });

const ids = (address: string, prefix: string) =>
  report.violations.filter((v) => v.recipient === address && v.ruleId.startsWith(prefix)).map((v) => v.ruleId);

console.log('recipient            provider policy (mes/)         German law (de/)');
for (const r of recipients) {
  const provider = ids(r.address, 'mes/');
  const law = ids(r.address, 'de/');
  console.log(`${r.address.padEnd(20)} ${(provider.join(', ') || 'fine').padEnd(30)} ${law.join(', ') || 'fine'}`);
}
console.log('\nWhat the law says about ben@example.org:');
for (const v of report.violations.filter((x) => x.recipient === 'ben@example.org')) console.log(`  [${v.clause}] ${v.message}`);

// The claims of docs/german-law.md, checked.
assert.deepEqual(ids('anna@example.org', ''), []);
assert.deepEqual(ids('kunde@example.org', 'mes/'), ['mes/no-opt-in']);
assert.deepEqual(ids('kunde@example.org', 'de/'), ['de/tracking-without-consent']);
assert.deepEqual(ids('ben@example.org', 'mes/'), []);
assert.deepEqual(ids('ben@example.org', 'de/').sort(), ['de/consent-not-provable', 'de/tracking-without-consent']);

// The default packs are the provider's only: German law is opt-in.
const providerOnly = await createPolicy({ now, account }).check({ message, recipients });
assert.ok(providerOnly.violations.every((v) => v.ruleId.startsWith('mes/')));
console.log('\ndefault packs:', (providerOnly.policyVersions ?? []).map((p) => p.pack).join(', '));
