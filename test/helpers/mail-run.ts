// One mail through the core as a sender's page would run it: fromEml, analyzeMessage, and a
// policy's check with a few recipients, as one JSON string. The browser test
// (test/package/browser.test.ts) runs this same module in Node and, bundled, in Chromium.
import { analyzeMessage, createPolicy, fromEml, InputError } from '../../src/index.js';

const recipients = [
  { address: 'a@example.org', source: 'signup-form', consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2026-10-01' }, lastOpenAt: '2026-11-01' },
  { address: 'b@example.org', source: 'purchased' },
  { name: 'no address' },
];

let policy: ReturnType<typeof createPolicy> | undefined;

export const runMail = async (raw: Uint8Array): Promise<string> => {
  let message;
  try {
    message = await fromEml(raw, { purpose: 'newsletter' });
  } catch (e) {
    if (e instanceof InputError) return JSON.stringify({ inputError: e.issues });
    throw e;
  }
  const facts = analyzeMessage(message);
  policy ??= createPolicy({ now: '2026-11-28T10:00:00Z', account: { senderDomains: ['shop.example'] }, locale: 'de' });
  const report = await policy.check({ message, recipients });
  return JSON.stringify({ message, facts, report });
};
