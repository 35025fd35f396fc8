// A readable plain-text rendering of a Report for the demo: violations grouped by severity
// (prohibited first), then by rule; recipient verdict counts; invalid records with their paths.
import type { Locale, Report, Severity, Violation } from '../../src/index.js';
import { clauses, sanctionLabel } from '../../src/index.js';

const text = {
  de: {
    subject: 'Betreff', from: 'Absender', purpose: 'Zweck', checkedAt: 'geprüft am', pack: 'Regelwerk',
    verdict: { send: 'Nachricht in Ordnung: Versand an die Empfänger mit Urteil "senden"', fix: 'Nachricht erst nach Korrektur versenden', hold: 'Versand angehalten: ein verbotener Verstoß der Nachricht oder Historie, oder ein Befund, bei dem der Anbieter den Massenversand anhält' },
    recipients: 'Empfänger', send: 'senden', exclude: 'ausschließen', invalid: 'ungültig',
    severity: { prohibited: 'VERBOTEN', undesired: 'UNERWÜNSCHT', advisory: 'HINWEIS' },
    severityNote: { prohibited: 'Verbotene Nutzungen', undesired: 'Unerwünschte Nutzungen', advisory: 'ohne Sanktion' },
    message: 'Nachricht', history: 'Versandhistorie', none: 'keine', invalidRecords: 'Ungültige Empfängerdatensätze',
    noAddress: '(ohne Adresse)', sanction: 'Empfohlene Maßnahme', fix: 'Abhilfe', violation: ['Verstoß', 'Verstöße'],
  },
  en: {
    subject: 'Subject', from: 'From', purpose: 'Purpose', checkedAt: 'checked at', pack: 'Rule pack',
    verdict: { send: 'message fine: send to the recipients with verdict "send"', fix: 'fix the message before sending', hold: 'send held: a prohibited breach by the message or history, or a finding on which the provider pauses the bulk mailing' },
    recipients: 'Recipients', send: 'send', exclude: 'exclude', invalid: 'invalid',
    severity: { prohibited: 'PROHIBITED', undesired: 'UNDESIRED', advisory: 'ADVISORY' },
    severityNote: { prohibited: 'prohibited uses', undesired: 'undesired uses', advisory: 'no sanction' },
    message: 'message', history: 'sending history', none: 'none', invalidRecords: 'Invalid recipient records',
    noAddress: '(no address)', sanction: 'Suggested action', fix: 'Fix', violation: ['violation', 'violations'],
  },
} as const;

const ORDER: readonly Severity[] = ['prohibited', 'undesired', 'advisory'];
// Clause ids sort by the policy's reading order: A, U, P, M, S, then their number.
const clauseKey = (id: string): string => `${'AUPMS'.indexOf(id[0] ?? '')}${id.slice(1).padStart(3, '0')}`;

export interface FormatContext {
  readonly locale: Locale;
  readonly title: string;
  readonly subject: string;
  readonly from: string;
  readonly pack: string;
  /** Rule id → the rule's fix text in both locales. */
  readonly fixes?: ReadonlyMap<string, { de: string; en: string }>;
}

const byRule = (violations: readonly Violation[]): Violation[][] => {
  const groups = new Map<string, Violation[]>();
  for (const v of violations) (groups.get(v.ruleId) ?? groups.set(v.ruleId, []).get(v.ruleId)!).push(v);
  return [...groups.values()].sort((a, b) => clauseKey(a[0]!.clause).localeCompare(clauseKey(b[0]!.clause)) || a[0]!.ruleId.localeCompare(b[0]!.ruleId));
};

export const formatReport = (report: Report, ctx: FormatContext): string => {
  const t = text[ctx.locale];
  const out: string[] = [];
  const rule = '═'.repeat(78);
  out.push(rule, ctx.title, rule);
  out.push(`  ${t.subject}: ${ctx.subject}`, `  ${t.from}: ${ctx.from}`);
  out.push(`  ${t.purpose}: ${report.purpose} · ${t.checkedAt} ${report.checkedAt.replace('T', ' ').slice(0, 16)} UTC · ${t.pack}: ${ctx.pack}`);
  const count = (v: 'send' | 'exclude' | 'invalid') => report.recipients.filter((r) => r.verdict === v).length;
  out.push('');
  out.push(`  → ${t.verdict[report.verdict]}`);
  out.push(`  ${t.recipients}: ${report.recipients.length} · ${count('send')} ${t.send} · ${count('exclude')} ${t.exclude} · ${count('invalid')} ${t.invalid}`);
  for (const severity of ORDER) {
    const list = report.violations.filter((v) => v.severity === severity);
    out.push('', `${t.severity[severity]} (${list.length} ${t.violation[list.length === 1 ? 0 : 1]}) – ${t.severityNote[severity]}`);
    if (list.length === 0) out.push(`  ${t.none}`);
    for (const group of byRule(list)) {
      const first = group[0]!;
      const heading = clauses.get(first.clause)?.heading ?? first.clauseHeading;
      out.push(`  ${first.clause.padEnd(3)} ${heading}  [${first.ruleId}]`);
      for (const v of group) {
        const who = v.scope === 'recipient' ? v.recipient : v.scope === 'history' ? t.history : t.message;
        out.push(`      • ${who}: ${v.message}`);
      }
      const fix = ctx.fixes?.get(first.ruleId);
      if (fix) out.push(`      ${t.fix}: ${fix[ctx.locale]}`);
    }
  }
  const invalid = report.recipients.filter((r) => r.verdict === 'invalid');
  if (invalid.length > 0) {
    out.push('', `${t.invalidRecords} (${invalid.length})`);
    for (const r of invalid) {
      out.push(`  • #${r.index + 1} ${r.address || t.noAddress}`);
      for (const i of r.issues ?? []) out.push(`      ${i.path}: ${i.message}`);
    }
  }
  out.push('', `${t.sanction}: ${sanctionLabel[ctx.locale][report.sanction.kind]} (${report.sanction.kind})`);
  for (const reason of report.sanction.reasons) out.push(`  - ${reason}`);
  return out.join('\n');
};
