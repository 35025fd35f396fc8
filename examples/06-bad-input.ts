// 06 – Bad input: a broken message or history throws one InputError naming every bad field;
// a broken recipient record only marks that recipient 'invalid', the others are still checked.
// Run: npx tsx examples/06-bad-input.ts
import assert from 'node:assert/strict';
import { createPolicy, InputError, type RecipientInput } from 'mailpolicy';

const policy = createPolicy({ now: '2026-11-28T10:00:00Z', locale: 'en' });

try {
  await policy.check({
    message: { from: '"Shop" <news@shop.example>', subject: 'Hi', purpose: 'advertising' as never },
    history: { lastCampaignAt: 'last Tuesday' },
  });
  assert.fail('expected an InputError');
} catch (error) {
  assert.ok(error instanceof InputError);
  for (const issue of error.issues) console.log(`${issue.path}: ${issue.message}`);
  assert.deepEqual(error.issues.map((i) => i.path).sort(), ['history.lastCampaignAt', 'message.purpose']);
}

const report = await policy.check({
  message: { from: '"Shop GmbH" <service@shop.example>', subject: 'Ihr Passwort', purpose: 'transactional', text: 'Link: https://shop.example/reset/1' },
  // Records from outside are typed RecipientInput but validated all the same: bad ones get 'invalid'.
  recipients: [{ address: 'anna@example.org' }, { name: 'no address' }, { address: 'ben@example.org', lastOpenAt: 'yesterday' }, { address: 'cem@example.org' }] as RecipientInput[],
});
for (const r of report.recipients) console.log(r.index, r.verdict, r.address, (r.issues ?? []).map((i) => i.path).join(', '));
assert.deepEqual(report.recipients.map((r) => r.verdict), ['send', 'invalid', 'invalid', 'send']);
assert.deepEqual(report.recipients[1]!.issues!.map((i) => i.path), ['recipients[1].address']);
