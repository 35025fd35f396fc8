import { describe, expect, it } from 'vitest';
import { bulkStatus, spamRates } from '../../../src/facts/history/provider-days.js';
import { unsubscribeDelay } from '../../../src/facts/recipient/unsubscribe-delay.js';
import { parseRecipient, parseSendInput } from '../../../src/model/index.js';

const history = (h: unknown) => parseSendInput({ from: 'a@b.example', subject: 'x' }, h).history;
const day = (provider: string, d: number, sent: number, extra: object = {}) => ({ provider, day: `2026-05-${String(d).padStart(2, '0')}`, sent, ...extra });

describe('bulk-sender status', () => {
  it('is sticky: one day at 5,000 to Gmail makes a bulk sender', () => {
    expect(bulkStatus(history({ providerDays: [day('gmail', 1, 5200), day('gmail', 2, 300)] }))).toEqual({ bulk: true, basis: 'volume', maxDailyGmail: 5200 });
    expect(bulkStatus(history({ providerDays: [day('gmail', 1, 4000), day('yahoo', 1, 90000)] }))).toMatchObject({ bulk: false, basis: 'volume' });
  });
  it('a declaration wins; without figures bulk is assumed', () => {
    expect(bulkStatus(history({ bulkSender: false, providerDays: [day('gmail', 1, 9000)] })).bulk).toBe(false);
    expect(bulkStatus(history({}))).toEqual({ bulk: true, basis: 'assumed', maxDailyGmail: null });
  });
});

describe('daily spam rate', () => {
  it('takes the dashboard figure, else complaints / sent, and the worst latest day', () => {
    const r = spamRates(history({ providerDays: [day('gmail', 1, 1000, { spamRatePercent: 0.5 }), day('gmail', 2, 1000, { spamRatePercent: 0.05 }), day('yahoo', 2, 10000, { complaints: 20 })] }));
    expect(r).toMatchObject({ provider: 'yahoo', day: '2026-05-02', percent: 0.2, lastBreachDay: '2026-05-01', breachProvider: 'gmail', daysBelowSinceBreach: 1 });
  });
  it('forgets a breach after seven days below 0.3 %', () => {
    const days = [0.4, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1].map((p, i) => day('gmail', i + 1, 1000, { spamRatePercent: p }));
    expect(spamRates(history({ providerDays: days })).lastBreachDay).toBeNull();
    expect(spamRates(history({ providerDays: days.slice(0, 7) })).daysBelowSinceBreach).toBe(6);
  });
  it('rejects a bad provider day', () => {
    expect(() => history({ providerDays: [{ provider: 'Gmail', day: '2026-13-01', sent: -1 }] })).toThrow(/providerDays/);
  });
});

describe('unsubscribe delay', () => {
  const now = new Date('2026-06-03T12:00:00Z');
  const r = (x: object) => {
    const p = parseRecipient({ address: 'a@b.example', ...x });
    if (!p.ok) throw new Error('bad');
    return p.value;
  };
  it('counts hours since the unsubscribe', () => expect(unsubscribeDelay(r({ unsubscribedAt: '2026-06-01T12:00:00Z' }), now).hours).toBe(48));
  it('none after a new confirmed opt-in', () =>
    expect(unsubscribeDelay(r({ unsubscribedAt: '2026-05-01T00:00:00Z', consent: { status: 'confirmed', confirmedAt: '2026-05-10T00:00:00Z' } }), now).hours).toBeNull());
});
