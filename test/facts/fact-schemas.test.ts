// Every built-in fact declares the shape of its value (src/facts/fact-schemas.ts), which rule
// loading checks condition paths against. The schemas are strict objects: here every fact's
// value on sample sends and recipients must parse, so a field added to a fact and not to its
// schema (or one that changed type) fails.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinFacts, messageFacts } from '../../src/facts/index.js';
import { parseRecipient, parseSendInput } from '../../src/model/index.js';
import { ACCOUNT, NOW, historyInputs, messageInputs, recipientArb } from '../helpers/arbitraries.js';

const extra = {
  from: '"Shop" <news@shop.example>',
  replyTo: '"X" <x@other.example>',
  sender: 'a@b.example',
  subject: 'x',
  purpose: 'newsletter' as const,
  html: '<a href="https://shop.example/impressum">Impressum</a><a href="https://x.example/unsub?e={{email}}">abmelden</a> https://a.example {{name}} <img alt="x">',
  text: 'https://t.example abmelden https://shop.example/u',
};
// The input records (message, recipient, history) have their input schemas: paths only.
const records = new Set(['message', 'recipient', 'history']);

describe('built-in fact schemas', () => {
  it('every built-in fact declares one', () => {
    expect(builtinFacts.filter((f) => !f.schema).map((f) => f.name)).toEqual([]);
  });

  it('every value on sample sends and recipients parses with its schema', () => {
    const recipients = fc.sample(recipientArb, { numRuns: 80, seed: 11 }).flatMap((i) => {
      const r = parseRecipient(i);
      return r.ok ? [r.value] : [];
    });
    let checked = 0;
    for (const m of [...messageInputs, extra]) {
      for (const h of historyInputs) {
        const { message, history } = parseSendInput(m, h);
        const base = { message, messageFacts: messageFacts(message, ACCOUNT), history, now: NOW, account: ACCOUNT };
        for (const def of builtinFacts) {
          if (records.has(def.name)) continue;
          const values = def.scope === 'recipient' ? recipients.map((recipient) => def.compute({ ...base, recipient })) : [def.compute(base)];
          for (const value of values) {
            const r = def.schema!.safeParse(value);
            expect(r.success, `${def.name}: ${r.error?.message}`).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
