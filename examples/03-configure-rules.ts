// 03 – Configure the pack: turn a rule off, change a severity, tune a threshold.
// Run: npx tsx examples/03-configure-rules.ts
import assert from 'node:assert/strict';
import { createPolicy, managedEmailServer } from 'mailpolicy';

const message = {
  from: '"Shop GmbH" <news@shop.example>',
  subject: 'News',
  purpose: 'newsletter' as const,
  headers: { 'List-Unsubscribe': '<https://shop.example/u/42>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  html: '<p>News</p><a href="https://shop.example/u/42">Abmelden</a> · <a href="https://shop.example/impressum">Impressum</a>',
};
const recipient = {
  address: 'anna@example.org',
  consent: { status: 'confirmed' as const, method: 'double-opt-in' as const, confirmedAt: '2025-01-01' },
  lastOpenAt: '2026-07-15', // four months before `now`
};
const now = '2026-11-28T10:00:00Z';

// Every rule reports its options with default and source: list them.
for (const rule of managedEmailServer.rules) {
  for (const [name, o] of Object.entries(rule.options ?? {})) console.log(`${rule.id} ${name} = ${JSON.stringify(o.default)}  (${o.source})`);
}

const strict = createPolicy({
  now,
  account: { senderDomains: ['shop.example'] },
  rules: {
    // Inactive after three months instead of the policy's six, and prohibited rather than undesired.
    'mes/inactive-recipient': { severity: 'prohibited', options: { maxInactiveMonths: 3 } },
    // This customer sends no DOI mails through us: the rule is off.
    'mes/repeated-doi-request': 'off',
  },
});
const lenient = createPolicy({ now, account: { senderDomains: ['shop.example'] } });

const a = await strict.check({ message, recipients: [recipient] });
const b = await lenient.check({ message, recipients: [recipient] });
console.log('\nstrict: ', a.recipients[0]!.verdict, a.violations.map((v) => `${v.severity} ${v.ruleId}`));
console.log('default:', b.recipients[0]!.verdict, b.violations.map((v) => `${v.severity} ${v.ruleId}`));

assert.equal(a.recipients[0]!.verdict, 'exclude');
assert.equal(a.violations[0]!.severity, 'prohibited');
assert.equal(a.violations[0]!.evidence['options.maxInactiveMonths'], 3);
assert.equal(b.recipients[0]!.verdict, 'send');
assert.ok(!strict.rules.some((r) => r.id === 'mes/repeated-doi-request'));
