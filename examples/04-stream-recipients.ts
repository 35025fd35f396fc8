// 04 – Stream recipients: message and history are checked once, then one verdict per recipient
// as they come (from a database cursor, a CSV reader …), without holding the list in memory.
// Run: npx tsx examples/04-stream-recipients.ts
import assert from 'node:assert/strict';
import { createPolicy } from 'mailpolicy';

const message = {
  from: '"Shop GmbH" <news@shop.example>',
  subject: 'News',
  purpose: 'newsletter' as const,
  headers: { 'List-Unsubscribe': '<https://shop.example/u>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  html: '<p>News</p><a href="https://shop.example/u">Abmelden</a> <a href="https://shop.example/impressum">Impressum</a>',
};

// A stand-in for a database cursor: every 10th recipient never confirmed, every 7th is long inactive.
async function* recipients(count: number) {
  for (let i = 0; i < count; i++) {
    yield {
      address: `kunde${i}@example.org`,
      consent: { status: i % 10 === 0 ? ('pending' as const) : ('confirmed' as const), method: 'double-opt-in' as const, confirmedAt: '2025-01-01' },
      lastOpenAt: i % 7 === 0 ? '2025-12-01' : '2026-11-01',
    };
  }
}

const policy = createPolicy({ account: { senderDomains: ['shop.example'] }, now: '2026-11-28T10:00:00Z' });
const counts = { send: 0, exclude: 0, invalid: 0 };
let expectedIndex = 0;
for await (const verdict of policy.checkRecipients(recipients(10_000), { message })) {
  assert.equal(verdict.index, expectedIndex++);
  counts[verdict.verdict]++;
}
console.log(counts);

// 0..9999: multiples of 10 are pending (1000), multiples of 7 inactive (1429), both (143).
assert.deepEqual(counts, { send: 10_000 - 1000 - 1429 + 143, exclude: 1000 + 1429 - 143, invalid: 0 });
