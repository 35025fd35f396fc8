import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPolicy, SendingHistorySchema, MessageSchema } from '../../src/index.js';
import { builtinFacts, messageFacts } from '../../src/facts/index.js';
import { factGetter, referenceEngine } from '../../src/engine/index.js';

// The compiled history rules give the same verdicts as json-rules-engine (the reference) on
// arbitrary histories, thresholds included (integers around each default).
const policy = createPolicy({ now: '2026-11-28T10:00:00Z' });
const rules = policy.rules.filter((r) => r.scope === 'history');
const reference = referenceEngine(rules);
const defs = new Map(builtinFacts.map((f) => [f.name, f]));
const factNames = [...defs.keys()].filter((n) => defs.get(n)!.scope !== 'recipient');

const windowArb = fc.record(
  {
    days: fc.integer({ min: 1, max: 90 }),
    sent: fc.integer({ min: 0, max: 2000 }),
    delivered: fc.integer({ min: 0, max: 2000 }),
    hardBounces: fc.integer({ min: 0, max: 40 }),
    complaints: fc.integer({ min: 0, max: 8 }),
    abuseReports: fc.integer({ min: 0, max: 3 }),
    deferrals: fc.integer({ min: 0, max: 150 }),
  },
  { requiredKeys: ['days', 'sent'] },
).map((w) => {
  // Delivered, bounced and complained-about mails are parts of those sent (the schema rejects more).
  const out: Record<string, number> = { ...w };
  for (const key of ['delivered', 'hardBounces', 'complaints'] as const) if (out[key] !== undefined) out[key] = Math.min(out[key]!, w.sent);
  return out as typeof w;
});
const historyArb = fc.record(
  {
    window: windowArb,
    dailyVolumes: fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 6 }),
    blocklistings: fc.array(fc.record({ list: fc.constantFrom('zen.spamhaus.org', 'psbl.surriel.com', 'bl.spamcop.net', 'x'), target: fc.constant('192.0.2.1') }), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

describe('history rules against json-rules-engine', () => {
  it('agree on every generated history and spam score', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(historyArb, fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: undefined }), async (h, spamScore) => {
        const message = MessageSchema.parse({ from: '"Shop" <news@shop.example>', subject: 'x', purpose: 'newsletter', spamScore });
        const history = SendingHistorySchema.parse(h);
        const account = { senderDomains: ['shop.example'] };
        const get = factGetter(defs, { message, messageFacts: messageFacts(message, account), history, now: new Date('2026-11-28T10:00:00Z'), account });
        const compiled = rules.filter((r) => r.test(get)).map((r) => r.id);
        const ref = (await reference(factNames, get)).map((r) => r.id);
        expect(compiled).toEqual(ref);
        for (const id of compiled) seen.add(id);
      }),
      { numRuns: 300 },
    );
    // The generators reach both sides of the thresholds: every monitoring rule fired somewhere.
    for (const id of ['mes/blocklisted', 'mes/blocklisted-major-list', 'mes/complaint-rate', 'mes/complaint-rate-over-limit', 'mes/hard-bounce-rate', 'mes/volume-spike', 'mes/deferral-rate', 'mes/spam-score']) {
      expect(seen).toContain(id);
    }
  });
});
