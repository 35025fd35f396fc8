// Validation reads zod through its Standard Schema interface (no ZodError built); the issues a
// user gets must be exactly those of safeParse's ZodError: same paths, same messages, same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, MessageSchema, parseRecipient, parseSendInput, RecipientSchema, SendingHistorySchema, toInputIssues, InputError } from '../../src/model/index.js';
import { recipientRecords } from '../../bench/data.js';
import { recipientArb } from '../helpers/arbitraries.js';

const viaZodError = (schema: z.ZodType, root: string, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? null : toInputIssues(root, r.error);
};

// For recipient records an unknown-keys issue is one issue per field, at the field's path, naming
// it (with the field most likely meant: test/policy/recipient-records.test.ts); the rest as zod says.
const recipientViaZodError = (root: string, input: unknown) => {
  const r = RecipientSchema.safeParse(input);
  if (r.success) return null;
  return r.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath(root, [...issue.path, key]), message: expect.stringContaining(`unknown field "${key}"`), messages: expect.anything() }))
      : toInputIssues(root, new z.ZodError([issue])),
  );
};

// Records with any field replaced by anything: most of them rejected, many faults at once.
const spoiled = fc.tuple(recipientArb, fc.dictionary(fc.constantFrom('address', 'consent', 'lastOpenAt', 'signup', 'hardBounces', 'source'), fc.anything())).map(([r, over]) => ({ ...(r as object), ...over }));

describe('validation issues', () => {
  it('name the same fields with the same messages as a ZodError does, for recipient records', () => {
    let rejected = 0;
    fc.assert(
      fc.property(fc.oneof(recipientArb, spoiled, fc.anything()), (input) => {
        const mine = parseRecipient(input, 'recipients[7]');
        const theirs = recipientViaZodError('recipients[7]', input);
        expect(mine.ok ? null : mine.issues, JSON.stringify(input)).toEqual(theirs);
        if (!mine.ok) rejected++;
      }),
      { numRuns: 3000 },
    );
    expect(rejected).toBeGreaterThan(500);
    for (const [i, r] of recipientRecords(2000, 5).entries()) {
      const mine = parseRecipient(r, `recipients[${i}]`);
      expect(mine.ok ? null : mine.issues).toEqual(recipientViaZodError(`recipients[${i}]`, r));
    }
  });

  it('let an error thrown while reading the input reach the caller, and nothing else', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const message = {
        from: 'news@shop.example',
        subject: 'x',
        get html(): string {
          throw new Error('boom');
        },
      };
      expect(() => parseSendInput(message, {})).toThrow('boom');
      const record = { get address(): string { throw new Error('bang'); } };
      expect(() => parseRecipient(record)).toThrow('bang');
      // A rejected promise nobody handles is reported after the current tasks.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('name every bad field of message and history together, as before', () => {
    const message = { from: 42, subject: ['x'], purpose: 'spam', headers: { 'X-A': 1 } };
    const history = { window: { sent: -1 }, lastCampaignAt: 'yesterday' };
    let thrown: unknown;
    try {
      parseSendInput(message, history);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InputError);
    const expected = [...viaZodError(MessageSchema, 'message', message)!, ...viaZodError(SendingHistorySchema, 'history', history)!];
    expect(expected.length).toBeGreaterThan(3);
    expect((thrown as InputError).issues).toEqual(expected);
  });
});
