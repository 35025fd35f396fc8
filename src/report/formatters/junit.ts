import type { Locale, Report, Violation } from '../../model/index.js';
import { severityRank } from '../../model/index.js';
import { formatNumber, formatValue, plural, reportLocale } from './i18n.js';
import { labels, severityLabel } from './labels.js';
import { messageOf, type FormatOptions } from './options.js';
import { escapeControl } from './escape.js';
import { xmlEscape } from './xml.js';

// Control characters shown as \u escapes (a CI log is read on a terminal too), then XML-escaped.
const x = (s: string): string => xmlEscape(escapeControl(s));

// Rules record a worded fact in both languages as `….de` and `….en` evidence keys; the text
// shows the one of its own locale.
const otherLocale = (key: string, locale: Locale): boolean => key.endsWith(locale === 'de' ? '.en' : '.de');

const describe = (v: Violation, locale: Locale): string => {
  const who = v.recipient ? `${v.recipient}: ` : '';
  const evidence = Object.entries(v.evidence)
    .filter(([k]) => !otherLocale(k, locale))
    .map(([k, val]) => `${k}=${formatValue(locale, val)}`)
    .join('; ');
  return `${who}${messageOf(v, locale)} [${v.clause}, ${severityLabel[v.severity][locale]}]${evidence ? ` (${evidence})` : ''}`;
};

/**
 * JUnit XML: one testcase per rule that ran (its violations are its failure), so CI dashboards
 * show which policy clauses a send breaks. Violations below `failOn` are listed in system-out
 * and do not fail the testcase. Invalid recipient records make one erroring testcase.
 */
export const formatJunit = (report: Report, options: FormatOptions = {}): string => {
  const locale = options.locale ?? reportLocale(report) ?? 'en';
  const threshold = severityRank(options.failOn ?? 'advisory');
  const byRule = new Map<string, Violation[]>();
  for (const r of options.rules ?? []) byRule.set(r.id, []);
  for (const v of report.violations) (byRule.get(v.ruleId) ?? byRule.set(v.ruleId, []).get(v.ruleId)!).push(v);
  const cases: string[] = [];
  let failures = 0;
  for (const [id, vs] of byRule) {
    const clause = options.rules?.find((r) => r.id === id)?.clause ?? vs[0]?.clause ?? '';
    const failing = vs.filter((v) => severityRank(v.severity) >= threshold);
    const passing = vs.filter((v) => severityRank(v.severity) < threshold);
    const body: string[] = [];
    if (failing.length) {
      failures++;
      const worst = failing.reduce((a, b) => (severityRank(b.severity) > severityRank(a.severity) ? b : a));
      body.push(
        `      <failure type="${x(worst.severity)}" message="${x(`${formatNumber(locale, failing.length)} × ${messageOf(worst, locale)}`)}">${x(failing.map((v) => describe(v, locale)).join('\n'))}</failure>`,
      );
    }
    if (passing.length) body.push(`      <system-out>${x(passing.map((v) => describe(v, locale)).join('\n'))}</system-out>`);
    const open = `    <testcase classname="mailpolicy.${x(clause)}" name="${x(id)}"`;
    cases.push(body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`);
  }
  const invalid = report.recipients.filter((r) => r.verdict === 'invalid');
  if (invalid.length) {
    const lines = invalid.flatMap((r) => (r.issues ?? []).map((i) => `${i.path}: ${i.message}`));
    cases.push(
      `    <testcase classname="mailpolicy.input" name="recipient records">\n      <error type="invalid-input" message="${x(`${formatNumber(locale, invalid.length)} ${plural(locale, invalid.length, labels.invalidRecords[locale])}`)}">${x(lines.join('\n'))}</error>\n    </testcase>`,
    );
  }
  const errors = invalid.length ? 1 : 0;
  const tests = cases.length;
  const attrs = `tests="${tests}" failures="${failures}" errors="${errors}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mailpolicy" ${attrs}>`,
    `  <testsuite name="mailpolicy" ${attrs} skipped="0" timestamp="${x(report.checkedAt)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
