// 01 – Check one message: what mailpolicy sees in it, and which rules it breaks.
// Run: npx tsx examples/01-check-a-message.ts
import assert from 'node:assert/strict';
import { analyzeMessage, createPolicy } from 'mailpolicy';

const message = {
  from: 'news@shop.example', // no display name: clause U1
  subject: 'Unsere Winterangebote',
  purpose: 'newsletter' as const,
  html: `<h1>Winterangebote</h1>
    <p>Alles für die kalte Jahreszeit, nur diese Woche 20 % günstiger.</p>
    <p><a href="https://shop.example/newsletter/abmelden?u=42">Newsletter abbestellen</a></p>`,
};

// The facts: pure and synchronous, computed once per message.
const facts = analyzeMessage(message, { senderDomains: ['shop.example'] });
console.log('unsubscribe link in body:', facts.unsubscribe.inBody, facts.unsubscribe.links);
console.log('List-Unsubscribe header: ', facts.unsubscribe.inHeader);
console.log('imprint:                 ', facts.imprint.present);
console.log('display name:            ', facts.sender.hasDisplayName);
console.log('size in bytes:           ', facts.sizeBytes);

// The rules: a check without recipients judges the message alone.
const policy = createPolicy({ account: { senderDomains: ['shop.example'] }, now: '2026-11-28T10:00:00Z', locale: 'en' });
const report = await policy.check({ message });
console.log(`\nverdict: ${report.verdict}`);
for (const v of report.violations) console.log(`  ${v.severity.padEnd(10)} ${v.clause.padEnd(3)} ${v.ruleId}: ${v.message}`);

const fired = report.violations.map((v) => v.ruleId);
assert.ok(fired.includes('mes/no-display-name'), 'a bare From address is unclear (U1)');
assert.ok(fired.includes('mes/no-list-unsubscribe-header'), 'a newsletter needs List-Unsubscribe (U2)');
assert.ok(fired.includes('mes/no-imprint'), 'a newsletter needs an imprint (U3)');
assert.ok(fired.includes('mes/anonymous-sender'), 'no display name and no imprint: the sender is not clear (U1, undesired)');
assert.ok(!fired.includes('mes/no-unsubscribe-link'), 'the body has an unsubscribe link');
assert.equal(report.verdict, 'fix'); // undesired findings only: fix, then send
