// 07 – Check a raw .eml file: fromEml turns it into the same Message input; the purpose is yours
// to say (here a shipping notice: transactional, so no consent or unsubscribe link is demanded).
// Run: npx tsx examples/07-read-an-eml.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createPolicy, fromEml } from 'mailpolicy';

const raw = readFileSync(new URL('./data/order-confirmation.eml', import.meta.url));
const message = { ...(await fromEml(raw)), purpose: 'transactional' as const };
console.log(`${message.from} · ${message.subject}`);

const policy = createPolicy({ account: { senderDomains: ['bohnenglueck.example'] }, now: '2026-11-28T10:00:00Z', locale: 'en' });
// A customer without any marketing consent still gets the shipping notice.
const report = await policy.check({ message, recipients: [{ address: 'anna.schmidt@example.de', source: 'checkout' }] });
console.log(report.verdict, report.recipients[0]!.verdict, report.violations.map((v) => v.ruleId));

assert.equal(report.verdict, 'send');
assert.equal(report.recipients[0]!.verdict, 'send');
