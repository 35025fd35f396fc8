import { describe, expect, it } from 'vitest';
import { createPolicy, InputError, type RecipientInput } from '../../src/index.js';

const policy = createPolicy({ now: '2026-11-28T10:00:00Z', account: { senderDomains: ['shop.example'] } });
const message = { from: '"Shop GmbH" <news@shop.example>', subject: 'Hi', purpose: 'transactional' as const, text: 'Ihr Link: https://shop.example/r/1' };

const thrown = async (input: Parameters<typeof policy.check>[0]): Promise<InputError> => {
  try {
    await policy.check(input);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
};

describe('bad message or history input', () => {
  it('throws one InputError naming every bad path of message and history together', async () => {
    const error = await thrown({
      message: { ...message, purpose: 'advertising' as never, html: 42 as never },
      history: { lastCampaignAt: 'not a date', window: { days: 7, sent: -1 } },
    });
    expect(error.issues.map((i) => i.path).sort()).toEqual(['history.lastCampaignAt', 'history.window.sent', 'message.html', 'message.purpose']);
    for (const i of error.issues) expect(i.message.length).toBeGreaterThan(5);
    expect(error.message).toContain('message.purpose');
  });

  it('rejects a date that is no date, and an unknown purpose, each by its path', async () => {
    expect((await thrown({ message: { ...message, purpose: 'spam' as never } })).issues.map((i) => i.path)).toEqual(['message.purpose']);
    expect((await thrown({ message, history: { lastCampaignAt: '2026-02-30' } })).issues.map((i) => i.path)).toEqual(['history.lastCampaignAt']);
    expect((await thrown({ message, history: { incidents: [{ at: 'gestern', severity: 'undesired' }] } })).issues.map((i) => i.path)).toEqual(['history.incidents[0].at']);
  });

  it('throws for a missing message instead of crashing', async () => {
    const error = await thrown({ message: undefined as never });
    expect(error.issues.map((i) => i.path)).toEqual(['message']);
  });
});

describe('bad recipient records', () => {
  const good = (address: string) => ({ address, consent: { status: 'confirmed' as const, method: 'double-opt-in' as const } });

  it('marks a record without address invalid with its paths and still checks the others', async () => {
    const report = await policy.check({
      message: { ...message, purpose: 'newsletter', headers: { 'List-Unsubscribe': '<https://shop.example/u>' }, html: '<a href="https://shop.example/u">Abmelden</a> <a href="https://shop.example/impressum">Impressum</a>' },
      recipients: [good('a@example.org'), { name: 'no address', lastOpenAt: 'yesterday' }, { address: 'b@example.org', source: 'purchased' }, good('c@example.org')] as RecipientInput[],
    });
    expect(report.recipients.map((r) => r.verdict)).toEqual(['send', 'invalid', 'exclude', 'send']);
    const invalid = report.recipients[1]!;
    expect(invalid.issues!.map((i) => i.path).sort()).toEqual(['recipients[1].address', 'recipients[1].lastOpenAt']);
    expect(invalid.violations).toEqual([]);
    expect(report.recipients[2]!.violations.map((v) => v.ruleId)).toContain('mes/purchased-list');
  });

  it('survives records that are not objects at all', async () => {
    const report = await policy.check({ message, recipients: [null, 'anna@example.org', 7, good('a@example.org')] as RecipientInput[] });
    expect(report.recipients.map((r) => r.verdict)).toEqual(['invalid', 'invalid', 'invalid', 'send']);
    expect(report.recipients[0]!.issues![0]!.path).toBe('recipients[0]');
  });

  it('returns one entry per input recipient, in input order, with its index', async () => {
    const addresses = Array.from({ length: 50 }, (_, i) => `r${(i * 37) % 50}@example.org`);
    const recipients = addresses.map((a, i) => (i % 9 === 4 ? { address: a, consent: { status: 'sometimes' } } : good(a)));
    const report = await policy.check({ message, recipients: recipients as Iterable<RecipientInput> });
    expect(report.recipients).toHaveLength(50);
    expect(report.recipients.map((r) => r.address)).toEqual(addresses);
    expect(report.recipients.map((r) => r.index)).toEqual(addresses.map((_, i) => i));
    expect(report.recipients.filter((r) => r.verdict === 'invalid').map((r) => r.index)).toEqual([4, 13, 22, 31, 40, 49]);
  });
});
