// End to end, the compiled recipient schema changes nothing a user sees: the same verdicts,
// violations, evidence and issues as a policy that parses every record with zod, which is what
// a runtime without `new Function` (a strict Content-Security-Policy) gets.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPolicy, RecipientSchema, type RecipientVerdict, type RecipientInput } from '../../../src/index.js';
import { compileRecipientParser } from '../../../src/model/index.js';
import { BENCH_HISTORY, BENCH_NOW, recipientRecords } from '../../../bench/data.js';
import { newsletter } from '../../../bench/newsletter.js';

const options = { now: BENCH_NOW, account: { senderDomains: ['shop.example'] } };
const input = { message: newsletter(20_000), history: BENCH_HISTORY };

const verdicts = async (policy: ReturnType<typeof createPolicy>, records: readonly unknown[]): Promise<RecipientVerdict[]> => {
  const out: RecipientVerdict[] = [];
  for await (const v of policy.checkRecipients(records as Iterable<RecipientInput>, input)) out.push(v);
  return out;
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('compiled recipient schema', () => {
  it('gives the verdicts, violations and issues a zod-only policy gives', async () => {
    const records: unknown[] = [
      ...recipientRecords(2000, 11),
      null,
      [],
      { address: '' },
      { address: 'a@shop.example', hardBounces: -1 },
      { address: 'a@shop.example', consent: { status: 'confirmed', confirmedAt: '2026-02-30' } },
      { address: 'a@shop.example', consent: { status: 'confirmed', confirmedAt: new Date(Number.NaN) } },
      { address: 'a@shop.example', lastOpenAt: new Date('2026-01-01T00:00:00Z'), name: undefined },
    ];
    const compiled = createPolicy(options);

    // What a strict Content-Security-Policy does to `new Function`.
    vi.stubGlobal('Function', function Forbidden() {
      throw new EvalError('Code generation from strings disallowed for this context');
    });
    expect(compileRecipientParser()).toBeNull();
    const zodOnly = createPolicy(options);
    vi.unstubAllGlobals();
    expect(compileRecipientParser()).not.toBeNull();

    const fast = await verdicts(compiled, records);
    const slow = await verdicts(zodOnly, records);
    expect(fast.length).toBe(records.length);
    expect(fast.filter((v) => v.verdict === 'invalid').length).toBeGreaterThan(10);
    expect(fast.filter((v) => v.verdict === 'exclude').length).toBeGreaterThan(100);
    expect(JSON.parse(JSON.stringify(fast))).toEqual(JSON.parse(JSON.stringify(slow)));
  });
});
