import type { Locale, Report, Severity, Violation } from '../../model/index.js';
import { severities } from '../../model/index.js';
import { sanctionLabel } from '../../sanctions/labels.js';
import { paint, type Paint } from './ansi.js';
import { formatNumber, plural, reportLocale } from './i18n.js';
import { labels, notApplied, severityCountLabel, severityLabel, verdictLabel } from './labels.js';
import { escapeControl as e } from './escape.js';
import { messageOf, type FormatOptions } from './options.js';

interface Group {
  readonly heading: string;
  readonly violations: readonly Violation[];
  readonly issues?: readonly { path: string; message: string }[];
}

const groupsOf = (report: Report, locale: Locale): Group[] => {
  const groups: Group[] = [];
  for (const scope of ['message', 'history'] as const) {
    const vs = report.violations.filter((v) => v.scope === scope);
    if (vs.length) groups.push({ heading: labels[scope][locale], violations: vs });
  }
  for (const r of report.recipients) {
    if (r.verdict === 'invalid') {
      groups.push({ heading: `${labels.recipientRecord[locale](r.index)} ${r.address}`.trimEnd(), violations: [], issues: r.issues ?? [] });
    } else if (r.violations.length) {
      groups.push({ heading: r.address, violations: r.violations });
    }
  }
  return groups;
};

const colourOf = (p: Paint, s: Severity) => (s === 'prohibited' ? p.red : s === 'undesired' ? p.yellow : p.cyan);
const mark: Record<Severity, string> = { prohibited: '✖', undesired: '⚠', advisory: 'ℹ' };

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - s.length));

/**
 * ESLint-like text: violations grouped by message, history and recipient, one aligned row each,
 * then a summary with counts, recipient verdicts, the verdict and the suggested action, and the
 * documentation page of each rule that fired (when `rules` carry urls). Every word comes from the
 * locale (`options.locale`, else the language of the report's messages, else English); numbers
 * through Intl.NumberFormat, plurals through Intl.PluralRules.
 */
export const formatStylish = (report: Report, options: FormatOptions = {}): string => {
  const locale = options.locale ?? reportLocale(report) ?? 'en';
  const num = (n: number) => formatNumber(locale, n);
  const p = paint(options.color ?? false);
  const groups = groupsOf(report, locale);
  const rows = groups.flatMap((g) => g.violations);
  const sevWidth = Math.max(0, ...rows.map((v) => severityLabel[v.severity][locale].length));
  const clauseWidth = Math.max(0, ...rows.map((v) => v.clause.length));
  const out: string[] = [];
  if (options.sources?.message) out.push(p.underline(e(options.sources.message)));
  for (const v of report.policyVersions ?? []) {
    if (v.status === 'announced-later') out.push(`  ${p.yellow(notApplied[locale](e(v.pack), e(v.version), v.announcedAt, report.checkedAt.slice(0, 10)))}`);
  }
  for (const g of groups) {
    out.push(`  ${p.bold(e(g.heading))}`);
    for (const v of g.violations) {
      const c = colourOf(p, v.severity);
      const sev = c(`${mark[v.severity]} ${pad(severityLabel[v.severity][locale], sevWidth)}`);
      out.push(`    ${sev}  ${pad(e(v.clause), clauseWidth)}  ${e(messageOf(v, locale))}  ${p.dim(e(v.ruleId))}`);
      for (const line of options.explain?.(v) ?? []) out.push(`        ${p.dim(e(line))}`);
    }
    for (const i of g.issues ?? []) out.push(`    ${p.red('✖')} ${labels.invalid[locale]}: ${e(i.path)}: ${e(i.message)}`);
  }
  if (groups.length) out.push('');
  const count = (s: Severity) => report.violations.filter((v) => v.severity === s).length;
  if (report.violations.length) {
    const worst = [...severities].reverse().find((s) => count(s) > 0) ?? 'advisory';
    const parts = [...severities].reverse().map((s) => `${num(count(s))} ${severityCountLabel(s, count(s), locale)}`).join(', ');
    const n = report.violations.length;
    out.push(colourOf(p, worst)(p.bold(`${mark[worst]} ${num(n)} ${plural(locale, n, labels.problems[locale])} (${parts})`)));
  } else {
    out.push(p.green(labels.clean[locale]));
  }
  if (report.recipients.length) {
    const n = (v: string) => num(report.recipients.filter((r) => r.verdict === v).length);
    const [send, exclude, invalid] = labels.recipientCounts[locale];
    out.push(`${labels.recipients[locale]}: ${n('send')} ${send}, ${n('exclude')} ${exclude}, ${n('invalid')} ${invalid}`);
  }
  out.push(`${labels.verdict[locale]}: ${p.bold(verdictLabel[report.verdict][locale])} · ${labels.sanction[locale]}: ${sanctionLabel[locale][report.sanction.kind]}`);
  const urls = new Map((options.rules ?? []).flatMap((r) => (r.rule.url ? [[r.id, r.rule.url] as const] : [])));
  const fired = [...new Set(report.violations.map((v) => v.ruleId))].filter((id) => urls.has(id));
  if (fired.length) {
    out.push('', `${labels.docs[locale]}:`);
    const width = Math.max(...fired.map((id) => id.length));
    for (const id of fired) out.push(`  ${pad(id, width)}  ${p.underline(urls.get(id)!)}`);
  }
  return `${out.join('\n')}\n`;
};
