// 02 – Check a whole campaign: one message, its recipients, the sending history.
// The data is the demo's advent newsletter (examples/data/). Run: npx tsx examples/02-check-a-campaign.ts
import assert from 'node:assert/strict';
import { createPolicy, type RecipientInput } from 'mailpolicy';
import { loadScenario } from './lib/scenario.js';

const { message, recipients, history, account, now } = loadScenario('01-advent-newsletter');

const policy = createPolicy({ account, now, locale: 'en' });
const report = await policy.check({ message, recipients: recipients as RecipientInput[], history });

// One verdict per input record, in input order: 'send', 'exclude' or 'invalid'.
for (const r of report.recipients) {
  const why = r.verdict === 'invalid' ? r.issues!.map((i) => i.path).join(', ') : r.violations.map((v) => `${v.clause} ${v.ruleId}`).join(', ');
  console.log(`${String(r.index + 1).padStart(2)} ${r.verdict.padEnd(8)} ${(r.address || '(no address)').padEnd(32)} ${why}`);
}
console.log(`\nmessage verdict: ${report.verdict}; suggested sanction: ${report.sanction.kind}`);

// Only the recipients with verdict 'send' get the mail.
const sendTo = report.recipients.filter((r) => r.verdict === 'send').map((r) => r.address);
console.log('send to:', sendTo.join(', '));

assert.equal(report.recipients.length, recipients.length);
assert.deepEqual(report.recipients.map((r) => r.index), recipients.map((_, i) => i));
assert.ok(sendTo.includes('anna.schmidt@example.de'));
assert.ok(!sendTo.includes('felix.schulz@example.net'), 'a bought address is never mailed');
