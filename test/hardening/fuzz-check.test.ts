// Properties of `check` over generated messages, recipients and histories (valid, nearly valid
// and garbage): it answers with a Report or throws an InputError naming paths, nothing else;
// it is deterministic for a fixed `now`; it never mutates its input; every input recipient
// gets exactly one verdict, in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPolicy, InputError, ReportSchema, type RecipientInput } from '../../src/index.js';
import { checkInput, history, message, now, recipients } from './support/arbitraries.js';
import { deepFreeze } from './support/deep.js';
import { fuzz, HEAVY_TIMEOUT } from './support/fuzz.js';

const policy = createPolicy({ account: { senderDomains: ['shop.example'] }, locale: 'en' });

const ROOTS = ['message', 'history', 'now', 'recipients'];

type Outcome = { report: unknown } | { error: unknown };
const outcome = async (input: Parameters<typeof policy.check>[0]): Promise<Outcome> => {
  try {
    return { report: await policy.check(input) };
  } catch (error) {
    return { error };
  }
};

const expectInputError = (error: unknown): void => {
  if (!(error instanceof InputError)) throw error; // anything else fails the property, with its stack
  expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues) {
    expect(typeof issue.path).toBe('string');
    expect(ROOTS.some((r) => issue.path === r || issue.path.startsWith(`${r}.`) || issue.path.startsWith(`${r}[`))).toBe(true);
    expect(issue.message.length).toBeGreaterThan(0);
  }
};

describe('fuzz: check', () => {
  it('returns a schema-valid Report or throws InputError naming the bad paths', async () => {
    await fuzz(
      'checkOutcome',
      fc.asyncProperty(checkInput, async (input) => {
        const r = await outcome(input as never);
        if ('error' in r) return expectInputError(r.error);
        expect(ReportSchema.safeParse(r.report).success).toBe(true);
      }),
    );
  }, HEAVY_TIMEOUT);

  it('gives the same Report for the same input and now', async () => {
    await fuzz(
      'deterministic',
      fc.asyncProperty(checkInput, async (input) => {
        const a = await outcome(input as never);
        const b = await outcome(input as never);
        if ('error' in a || 'error' in b) {
          expect('error' in a && 'error' in b).toBe(true);
          expect((b as { error: Error }).error.message).toBe((a as { error: Error }).error.message);
          return;
        }
        expect(b.report).toEqual(a.report);
      }),
    );
  }, HEAVY_TIMEOUT);

  it('never mutates its input: deep-frozen inputs work and stay equal to a copy taken before', async () => {
    await fuzz(
      'frozenInputs',
      fc.asyncProperty(checkInput, async (input) => {
        let before: unknown;
        try {
          before = structuredClone(input);
        } catch {
          fc.pre(false); // a value structuredClone cannot copy (none expected): skip, do not count
        }
        const frozen = deepFreeze(input);
        const r = await outcome(frozen as never);
        if ('error' in r) expectInputError(r.error);
        expect(frozen).toEqual(before);
      }),
    );
  }, HEAVY_TIMEOUT);

  it('gives every input recipient exactly one verdict, in input order', async () => {
    await fuzz(
      'oneVerdictEach',
      fc.asyncProperty(message, history, recipients, now, async (m, h, rs, n) => {
        let report;
        try {
          report = await policy.check({ message: m as never, history: h as never, recipients: rs as Iterable<RecipientInput>, now: n as never });
        } catch (error) {
          return expectInputError(error); // message/history invalid: nothing to verdict
        }
        expect(report.recipients.map((r) => r.index)).toEqual(rs.map((_, i) => i));
        rs.forEach((input, i) => {
          const verdict = report.recipients[i]!;
          const address = (input as { address?: unknown } | null)?.address;
          if (verdict.verdict !== 'invalid') expect(verdict.address).toBe(address);
          else expect(verdict.issues?.every((x) => x.path.startsWith(`recipients[${i}]`))).toBe(true);
        });
        // Every recipient-scoped violation belongs to one of the verdicts.
        const own = report.recipients.flatMap((r) => r.violations);
        expect(report.violations.filter((v) => v.scope === 'recipient')).toEqual(own);
      }),
    );
  }, HEAVY_TIMEOUT);

  it('checkRecipients streams exactly one verdict per recipient, like check', async () => {
    await fuzz(
      'checkRecipientsStream',
      fc.asyncProperty(message, history, recipients, now, async (m, h, rs, n) => {
        const input = { message: m as never, history: h as never, now: n as never };
        let whole;
        try {
          whole = await policy.check({ ...input, recipients: rs as Iterable<RecipientInput> });
        } catch (error) {
          return expectInputError(error);
        }
        const streamed = [];
        for await (const v of policy.checkRecipients(rs as Iterable<RecipientInput>, input)) streamed.push(v);
        expect(streamed).toEqual(whole.recipients);
      }),
    );
  }, HEAVY_TIMEOUT);
});
