// Run: npx tsx examples/custom-pack/main.ts
// The provider's pack plus ACME's own etiquette pack, which brings its clauses, facts and
// operator: the policy needs nothing wired by hand.
import { createPolicy, formatExplanation, managedEmailServer } from '../../src/index.js';
import { createAcmePack } from './pack.js';

const sendLog = new Map([['busy@example.org', [new Date('2026-11-23T08:00:00Z'), new Date('2026-11-25T08:00:00Z')]]]);

const acme = createAcmePack(sendLog);
const policy = createPolicy({
  packs: [managedEmailServer, acme],
  rules: { 'acme/no-sunday-or-holiday-sends': 'undesired' },
  account: { senderDomains: ['shop.example'] },
  locale: 'en',
});

const report = await policy.check({
  now: '2026-11-29T09:00:00Z', // a Sunday
  message: {
    from: '"Shop GmbH" <news@shop.example>',
    subject: 'Wochenend-Angebote',
    purpose: 'newsletter',
    headers: { 'List-Unsubscribe': '<https://shop.example/u/1>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    html: '<p>Angebote</p><a href="https://shop.example/u/1">Abmelden</a> <a href="https://shop.example/impressum">Impressum</a>',
  },
  recipients: [
    { address: 'busy@example.org', consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2026-01-01' }, lastOpenAt: '2026-11-20' },
    { address: 'calm@example.org', consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2026-01-01' }, lastOpenAt: '2026-11-20' },
  ],
});

console.log(`verdict: ${report.verdict}; suggested sanction: ${report.sanction.kind}`);
for (const v of report.violations) console.log(`\n${formatExplanation(policy.explain(v), 'en')}`);
console.log('\nEffective ACME rules:', policy.describe().rules.filter((r) => r.pack === acme.name).map((r) => `${r.id} ${r.enabled ? r.severity : 'off'}`).join(', '));
