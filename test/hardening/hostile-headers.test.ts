// Hostile address headers: the mailbox parser (email-addresses) recurses per comment level and
// slows down quadratically on long input; the facts layer must hand it neither.
import { describe, expect, it } from 'vitest';
import { analyzeMessage, createPolicy } from '../../src/index.js';

const hostileFroms: readonly (readonly [string, (n: number) => string])[] = [
  ['100,000 nested comments', (n) => `${'('.repeat(n)}x@shop.example`],
  ['100,000 balanced comments', (n) => `${'('.repeat(n / 2)}${')'.repeat(n / 2)}x@shop.example`],
  ['an unterminated 100,000-character quoted name', (n) => `"${'a'.repeat(n)} <x@shop.example>`],
  ['100,000 escaped quotes', (n) => `"${'\\"'.repeat(n / 2)}" <x@shop.example>`],
  ['a 100,000-label local part', (n) => `x <${'a.'.repeat(n / 2)}@shop.example>`],
];

describe('hostile From, Sender and Reply-To', () => {
  it.each(hostileFroms)('%s: an invalid sender, not a crash', async (_name, make) => {
    const from = make(100_000);
    const facts = analyzeMessage({ from, sender: from, replyTo: from, subject: 'x' });
    expect(facts.sender.valid).toBe(false);
    expect(facts.sender.sender).toBeNull();
    expect(facts.sender.replyTo).toBeNull();
    const report = await createPolicy({ now: '2026-11-28T10:00:00Z' }).check({ message: { from, subject: 'x' }, recipients: [{ address: 'a@b.example' }] });
    expect(report.recipients).toHaveLength(1);
  });

  it('still parses ordinary mailboxes with a comment or two', () => {
    const facts = analyzeMessage({ from: '"Shop GmbH (Berlin)" <news@shop.example> (Newsletter)', subject: 'x' });
    expect(facts.sender.valid).toBe(true);
    expect(facts.sender.from?.domain).toBe('shop.example');
  });

});
