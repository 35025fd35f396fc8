import type { RuleInput } from '../../src/index.js';

/** A recipient rule with an option: recipients inactive for `months` or more. */
export const inactiveRule: RuleInput = {
  id: 'acme/inactive',
  clause: 'U4',
  scope: 'recipient',
  severity: 'undesired',
  sanction: 'notice',
  description: { de: 'Inaktive Empfänger.', en: 'Inactive recipients.' },
  fix: { de: 'Inaktive entfernen.', en: 'Remove inactive recipients.' },
  options: { months: { type: 'integer', default: 6, minimum: 1, description: 'months of inactivity', source: 'policy U4' } },
  messages: {
    de: 'Seit {activity.monthsSinceActive} Monaten inaktiv (Grenze {options.months}).',
    en: 'Inactive for {activity.monthsSinceActive} months (limit {options.months}).',
  },
  conditions: { all: [{ fact: 'activity', path: '$.monthsSinceActive', operator: 'greaterThanInclusive', value: { fact: 'options', path: '$.months' } }] },
  examples: {
    violating: [{ name: 'a year', recipient: { address: 'a@example.org', consent: { status: 'confirmed' }, lastOpenAt: '2025-06-01' } }],
    compliant: [{ name: 'last month', recipient: { address: 'a@example.org', consent: { status: 'confirmed' }, lastOpenAt: '2026-05-01' } }],
  },
};

export const active = { address: 'fresh@example.org', consent: { status: 'confirmed' }, lastOpenAt: '2026-05-01' };
export const dormant = { address: 'old@example.org', consent: { status: 'confirmed' }, lastOpenAt: '2025-06-01' };
