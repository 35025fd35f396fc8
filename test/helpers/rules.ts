import type { RuleInput } from '../../src/index.js';

/** A valid message-scope rule; tests change one thing at a time. */
export const goodRule = (over: Partial<RuleInput> & Record<string, unknown> = {}): RuleInput => ({
  id: 'test/no-unsubscribe',
  clause: 'U2',
  scope: 'message',
  severity: 'undesired',
  sanction: 'rate-limit',
  description: { de: 'Abmeldelink fehlt.', en: 'No unsubscribe link.' },
  fix: { de: 'Abmeldelink einfügen.', en: 'Add an unsubscribe link.' },
  messages: { de: 'Kein Abmeldelink ({unsubscribe.inBody}).', en: 'No unsubscribe link ({unsubscribe.inBody}).' },
  conditions: { all: [{ fact: 'unsubscribe', path: '$.inBody', operator: 'equal', value: false }] },
  examples: {
    violating: [{ name: 'no link', message: { purpose: 'newsletter', html: '<p>Hallo</p>' } }],
    compliant: [{ name: 'link', message: { purpose: 'newsletter', html: '<a href="https://x.example/u">Abmelden</a>' } }],
  },
  ...over,
}) as RuleInput;

/** The clauses a test pack declares: its rules may name U2 and U8, nothing else. */
export const testClauses = [
  { id: 'U2', heading: { de: 'Abmeldelink in jeder E-Mail', en: 'Unsubscribe link in every e-mail' } },
  { id: 'U8', heading: { de: 'Sonstige Hinweise', en: 'Other advice' } },
];

/** A test pack; one that extends another inherits the clauses instead of declaring them again. */
export const packOf = (rules: unknown[], over: Record<string, unknown> = {}) =>
  ({ name: 'test', version: '1.0.0', announcedAt: '2026-01-01', ...('extends' in over ? {} : { clauses: testClauses }), rules, ...over }) as never;
