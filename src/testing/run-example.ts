import type { RecipientInput, Report } from '../model/index.js';
import type { Pack, Rule, RuleExample } from '../engine/index.js';
import { createPolicy } from '../policy/index.js';

/** The evaluation date of a rule example that names none. */
export const EXAMPLE_NOW = '2026-06-01T12:00:00Z';

/** The message of a rule example that names none, or the fields it leaves out. */
export const EXAMPLE_MESSAGE = { from: '"Example Shop GmbH" <news@shop.example>', subject: 'Example' } as const;

/**
 * Runs one rule's example with only that rule enabled (its pack's named conditions kept) and
 * returns the report: the rule is judged alone, as ESLint's RuleTester does.
 */
export const runExample = (pack: Pack, rule: Rule, example: RuleExample): Promise<Report> => {
  const policy = createPolicy({
    // Judged as if its pack governed: examples test the rule, not the pack's announcement day (S8).
    packs: [{ ...pack, announcedAt: '1970-01-01', rules: [rule] }],
    rules: example.options ? { [rule.id]: { options: example.options } } : {},
    account: example.account ?? { senderDomains: ['shop.example'] },
    now: example.now ?? EXAMPLE_NOW,
    locale: 'en',
  });
  return policy.check({
    message: { ...EXAMPLE_MESSAGE, ...(example.message as object) } as never,
    history: example.history as never,
    ...(example.sender === undefined ? {} : { sender: example.sender as never }),
    recipients: (example.recipients ?? (example.recipient ? [example.recipient] : [])) as RecipientInput[],
  });
};
