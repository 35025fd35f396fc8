import type { FormatRule, Report, Violation } from '../../src/index.js';

const violation = (v: Partial<Violation> & Pick<Violation, 'ruleId' | 'clause' | 'severity' | 'scope'>): Violation => ({
  clauseHeading: `heading ${v.clause}`,
  sanction: 'notice',
  message: `${v.ruleId} en`,
  messages: { de: `${v.ruleId} de`, en: `${v.ruleId} en` },
  evidence: {},
  ...v,
});

export const unsub = violation({ ruleId: 'mes/no-unsubscribe-link', clause: 'U2', severity: 'undesired', scope: 'message', evidence: { 'unsubscribe.inBody': false } });
export const bought = violation({ ruleId: 'mes/purchased-list', clause: 'P1', severity: 'prohibited', scope: 'recipient', recipient: 'bob@example.org', messages: { de: 'gekauft <&> "Liste"', en: 'bought <&> "list"' }, message: 'bought <&> "list"' });
export const spike = violation({ ruleId: 'mes/volume-spike', clause: 'M4', severity: 'advisory', scope: 'history' });

export const report: Report = {
  verdict: 'fix',
  purpose: 'newsletter',
  checkedAt: '2026-11-28T10:00:00.000Z',
  violations: [unsub, spike, bought],
  recipients: [
    { address: 'anna@example.org', index: 0, verdict: 'send', violations: [] },
    { address: 'bob@example.org', index: 1, verdict: 'exclude', violations: [bought] },
    { address: '', index: 2, verdict: 'invalid', violations: [], issues: [{ path: 'recipients[2].address', message: 'an address is required' }] },
  ],
  sanction: { kind: 'rate-limit', actions: ['rate-limit'], reasons: ['U2'], escalation: 'first-undesired' },
  interventions: [],
};

export const cleanReport: Report = { ...report, verdict: 'send', violations: [], recipients: [report.recipients[0]!], sanction: { kind: 'none', actions: [], reasons: [], escalation: 'none' } };

const rule = (id: string, clause: string, severity: FormatRule['severity'], scope: FormatRule['scope']): FormatRule => ({
  id, clause, severity, scope, sanction: 'notice',
  rule: { description: { de: `${id} Beschreibung`, en: `${id} description` }, fix: { de: `${id} beheben`, en: `${id} fix` } },
});

export const rules: FormatRule[] = [
  rule('mes/no-unsubscribe-link', 'U2', 'undesired', 'message'),
  rule('mes/purchased-list', 'P1', 'prohibited', 'recipient'),
  rule('mes/volume-spike', 'M4', 'advisory', 'history'),
  rule('mes/spam-score', 'M6', 'undesired', 'history'),
];
