// The formats written while recipients stream past (the CLI over any number of records): each
// verdict is rendered as it comes and dropped; what is held is the send's own violations, counts
// per rule and verdict, and a bounded sample of lines per rule (JUnit) or of invalid records
// (SARIF notifications). Pure string functions, like the whole-report formatters.
import type { Intervention, Locale, PolicyVersion, RecipientVerdict, Report, Sanction, Severity, Violation } from '../../model/index.js';
import { severities, severityRank } from '../../model/index.js';
import { paint } from './ansi.js';
import { escapeControl as e } from './escape.js';
import { labels, notApplied, severityCountLabel, severityLabel, verdictLabel } from './labels.js';
import { plural } from './i18n.js';
import { sanctionLabel } from '../../sanctions/labels.js';
import { messageOf, type FormatOptions } from './options.js';
import { fileUri, ruleDescriptor, sarifLevel, summariseEvidence } from './sarif.js';
import { headerOf } from './regions.js';
import { xmlEscape } from './xml.js';

/** What is known before the first recipient: the send's verdict and its own violations. */
export interface StreamHead {
  readonly verdict: Report['verdict'];
  readonly purpose: Report['purpose'];
  readonly checkedAt: string;
  /** Message- and history-level violations. */
  readonly violations: readonly Violation[];
  /** Which version of each pack governed (report.policyVersions); stylish names a pack not applied. */
  readonly policyVersions?: readonly PolicyVersion[];
}

/** What is known after the last recipient. */
export interface StreamEnd {
  readonly sanction: Sanction;
  readonly interventions: readonly Intervention[];
  readonly counts: StreamCounts;
}

export interface StreamCounts {
  readonly recipients: { readonly send: number; readonly exclude: number; readonly invalid: number };
  /** Every violation, the send's own and the recipients', by severity. */
  readonly violations: Readonly<Record<Severity, number>>;
  /** Every violation by rule id, in first-seen order. */
  readonly rules: ReadonlyMap<string, { readonly clause: string; readonly severity: Severity; readonly count: number }>;
}

export interface ReportStream {
  begin(head: StreamHead): string;
  recipient(v: RecipientVerdict): string;
  end(summary: StreamEnd): string;
}

/** Lines kept per rule for JUnit's failure text, and invalid records kept for SARIF. */
export const STREAM_SAMPLE = 100;

const nf = (locale: Locale) => new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en');

const more = {
  de: (n: string) => `… und ${n} weitere`,
  en: (n: string) => `… and ${n} more`,
} as const;

// ---------------------------------------------------------------------------------------------
// json: one JSON document with the Report's keys. `violations` holds the send's own (message
// and history) violations; each recipient's are in its verdict; `counts` sums them all.

const jsonStream = (): ReportStream => {
  let first = true;
  return {
    begin: (h) =>
      `{\n  "verdict": ${JSON.stringify(h.verdict)},\n  "purpose": ${JSON.stringify(h.purpose)},\n  "checkedAt": ${JSON.stringify(h.checkedAt)},\n  "violations": ${JSON.stringify(h.violations)},\n  "recipients": [`,
    recipient: (v) => {
      const sep = first ? '\n    ' : ',\n    ';
      first = false;
      return sep + JSON.stringify(v);
    },
    end: (s) =>
      `${first ? '' : '\n  '}],\n  "sanction": ${JSON.stringify(s.sanction)},\n  "interventions": ${JSON.stringify(s.interventions)},\n  "counts": ${JSON.stringify({
        recipients: s.counts.recipients,
        violations: s.counts.violations,
        rules: Object.fromEntries([...s.counts.rules].map(([id, r]) => [id, r.count])),
      })}\n}\n`,
  };
};

// ---------------------------------------------------------------------------------------------
// stylish: the send's violations, then each recipient's as they come, then one line per rule
// with its count, the problem counts, recipient verdicts, verdict and sanction.

const colourOf = (p: ReturnType<typeof paint>, s: Severity) => (s === 'prohibited' ? p.red : s === 'undesired' ? p.yellow : p.cyan);
const mark: Record<Severity, string> = { prohibited: '✖', undesired: '⚠', advisory: 'ℹ' };
const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - s.length));

const stylishStream = (options: FormatOptions): ReportStream => {
  const locale = options.locale ?? 'en';
  const p = paint(options.color ?? false);
  const n = nf(locale);
  const sevWidth = Math.max(...severities.map((s) => severityLabel[s][locale].length));
  const clauseWidth = Math.max(2, ...(options.rules ?? []).map((r) => r.clause.length));
  const row = (v: Violation): string[] => {
    const sev = colourOf(p, v.severity)(`${mark[v.severity]} ${pad(severityLabel[v.severity][locale], sevWidth)}`);
    const lines = [`    ${sev}  ${pad(e(v.clause), clauseWidth)}  ${e(messageOf(v, options.locale))}  ${p.dim(e(v.ruleId))}`];
    for (const line of options.explain?.(v) ?? []) lines.push(`        ${p.dim(e(line))}`);
    return lines;
  };
  const group = (heading: string, vs: readonly Violation[]): string => `${[`  ${p.bold(e(heading))}`, ...vs.flatMap(row)].join('\n')}\n`;
  const where = (index: number): string => {
    const line = options.lines?.recipientLine?.(index);
    return line === undefined ? '' : `  ${p.dim(`(${labels.line[locale]} ${line})`)}`;
  };
  const limit = options.recipientGroups ?? Infinity;
  let shown = 0;
  let hidden = 0;
  const seen = new Set<string>();
  let verdict: Report['verdict'] = 'send';
  return {
    begin: (h) => {
      verdict = h.verdict;
      let out = options.sources?.message ? `${p.underline(e(options.sources.message))}\n` : '';
      for (const v of h.policyVersions ?? []) {
        if (v.status === 'announced-later') out += `  ${p.yellow(notApplied[locale](e(v.pack), e(v.version), v.announcedAt, h.checkedAt.slice(0, 10)))}\n`;
      }
      for (const v of h.violations) seen.add(v.ruleId);
      for (const scope of ['message', 'history'] as const) {
        const vs = h.violations.filter((v) => v.scope === scope);
        if (vs.length) out += group(labels[scope][locale], vs);
      }
      return out;
    },
    recipient: (r) => {
      for (const v of r.violations) seen.add(v.ruleId);
      if (r.verdict !== 'invalid' && r.violations.length === 0) return '';
      // Invalid records are always shown (each needs fixing); violations up to the limit.
      if (r.verdict !== 'invalid' && shown >= limit) {
        hidden++;
        return '';
      }
      if (r.verdict === 'invalid') {
        const issues = (r.issues ?? []).map((i) => `    ${p.red('✖')} ${labels.invalid[locale]}: ${e(i.path)}: ${e(i.message)}`);
        return `${[`  ${p.bold(e(`${labels.recipientRecord[locale](r.index)} ${r.address}`.trimEnd()))}${where(r.index)}`, ...issues].join('\n')}\n`;
      }
      shown++;
      return group(r.address, r.violations).replace('\n', `${where(r.index)}\n`);
    },
    end: (s) => {
      const out: string[] = [''];
      if (hidden) out.splice(0, 1, `  ${p.dim(plural(locale, hidden, labels.moreRecipients[locale]).replace('#', n.format(hidden)))}`, '');
      const total = severities.reduce((sum, sev) => sum + s.counts.violations[sev], 0);
      if (s.counts.rules.size) {
        out.push(p.bold(locale === 'de' ? 'Nach Regel:' : 'By rule:'));
        const idWidth = Math.max(...[...s.counts.rules.keys()].map((id) => id.length));
        for (const [id, r] of s.counts.rules) {
          out.push(`  ${colourOf(p, r.severity)(mark[r.severity])} ${pad(e(id), idWidth)}  ${pad(e(r.clause), clauseWidth)}  ${n.format(r.count).padStart(9)}`);
        }
        out.push('');
      }
      if (total) {
        const worst = [...severities].reverse().find((sev) => s.counts.violations[sev] > 0) ?? 'advisory';
        const parts = [...severities].reverse().map((sev) => `${n.format(s.counts.violations[sev])} ${severityCountLabel(sev, s.counts.violations[sev], locale)}`).join(', ');
        const problems = `${n.format(total)} ${plural(locale, total, labels.problems[locale])}`;
        out.push(colourOf(p, worst)(p.bold(`${mark[worst]} ${problems} (${parts})`)));
      } else {
        out.push(p.green(labels.clean[locale]));
      }
      const c = s.counts.recipients;
      if (c.send + c.exclude + c.invalid > 0) {
        const [send, exclude, invalid] = labels.recipientCounts[locale];
        out.push(`${labels.recipients[locale]}: ${n.format(c.send)} ${send}, ${n.format(c.exclude)} ${exclude}, ${n.format(c.invalid)} ${invalid}`);
      }
      out.push(`${labels.verdict[locale]}: ${p.bold(verdictLabel[verdict][locale])} · ${labels.sanction[locale]}: ${sanctionLabel[locale][s.sanction.kind]}`);
      // The documentation page of each rule that fired, as the whole-report stylish ends.
      const urls = new Map((options.rules ?? []).flatMap((r) => (r.rule.url ? [[r.id, r.rule.url] as const] : [])));
      const fired = [...seen].filter((id) => urls.has(id));
      if (fired.length) {
        out.push('', `${labels.docs[locale]}:`);
        const width = Math.max(...fired.map((id) => id.length));
        for (const id of fired) out.push(`  ${pad(e(id), width)}  ${p.underline(urls.get(id)!)}`);
      }
      return `${out.join('\n')}\n`;
    },
  };
};

// ---------------------------------------------------------------------------------------------
// sarif: tool.driver.rules and the send's results first, each recipient's results as they come,
// then the invocation (invalid records: the first STREAM_SAMPLE, then a count) and properties.

const sarifStream = (options: FormatOptions): ReportStream => {
  const locale = options.locale ?? 'en';
  const rules = [...(options.rules ?? [])];
  const index = new Map(rules.map((r, i) => [r.id, i] as const));
  const src = options.sources ?? {};
  const uris = { message: src.message && fileUri(src.message), recipients: src.recipients && fileUri(src.recipients), history: src.history && fileUri(src.history) };
  let first = true;
  let head: StreamHead | undefined;
  let invalid = 0;
  const notifications: object[] = [];
  const byId = new Map(rules.map((r) => [r.id, r] as const));
  const result = (v: Violation, recipientIndex?: number): string => {
    const uri = v.scope === 'recipient' ? uris.recipients : v.scope === 'history' ? uris.history : uris.message;
    const header = v.scope === 'message' ? headerOf(v.evidence) : undefined;
    const line =
      v.scope === 'recipient' && recipientIndex !== undefined ? options.lines?.recipientLine?.(recipientIndex) : header !== undefined ? options.lines?.headers?.[header] : undefined;
    const sep = first ? '\n        ' : ',\n        ';
    first = false;
    return (
      sep +
      JSON.stringify({
        ruleId: v.ruleId,
        ruleIndex: index.get(v.ruleId),
        level: sarifLevel[v.severity],
        message: { text: messageOf(v, options.locale) },
        locations: [
          {
            ...(uri ? { physicalLocation: { artifactLocation: { uri }, ...(line !== undefined && line > 0 ? { region: { startLine: line } } : {}) } } : {}),
            logicalLocations: [v.recipient ? { name: v.recipient, kind: 'member' } : { name: v.scope, kind: 'module' }],
          },
        ],
        properties: {
          clause: v.clause, clauseHeading: v.clauseHeading, severity: v.severity, sanction: v.sanction, scope: v.scope, ...(v.recipient ? { recipient: v.recipient } : {}),
          ...summariseEvidence(v.evidence, byId.get(v.ruleId)),
        },
      })
    );
  };
  return {
    begin: (h) => {
      head = h;
      const descriptors: object[] = rules.map((r) => ruleDescriptor(r, locale));
      for (const v of h.violations) {
        if (index.has(v.ruleId)) continue;
        index.set(v.ruleId, descriptors.length);
        descriptors.push({ id: v.ruleId, defaultConfiguration: { level: sarifLevel[v.severity] }, properties: { clause: v.clause, severity: v.severity, scope: v.scope } });
      }
      const tool = { driver: { name: 'mailpolicy', ...(options.toolVersion ? { version: options.toolVersion } : {}), informationUri: 'https://www.npmjs.com/package/mailpolicy', rules: descriptors } };
      return `{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": ${JSON.stringify(tool)},\n      "results": [${h.violations.map((v) => result(v)).join('')}`;
    },
    recipient: (r) => {
      if (r.verdict === 'invalid') {
        invalid++;
        for (const i of r.issues ?? []) if (notifications.length < STREAM_SAMPLE) notifications.push({ level: 'error', message: { text: `${i.path}: ${i.message}` } });
        return '';
      }
      return r.violations.map((v) => result(v, r.index)).join('');
    },
    end: (s) => {
      const shown = notifications.length;
      const n = nf(locale);
      const notes = invalid > shown ? [...notifications, { level: 'note', message: { text: labels.invalidInAll[locale](n.format(invalid), n.format(shown)) } }] : notifications;
      const invocations = [{ executionSuccessful: invalid === 0, toolExecutionNotifications: notes }];
      const properties = { verdict: head?.verdict, purpose: head?.purpose, checkedAt: head?.checkedAt, sanction: s.sanction, counts: { recipients: s.counts.recipients, violations: s.counts.violations } };
      return `${first ? '' : '\n      '}],\n      "invocations": ${JSON.stringify(invocations)},\n      "properties": ${JSON.stringify(properties)}\n    }\n  ]\n}\n`;
    },
  };
};

// ---------------------------------------------------------------------------------------------
// junit: one testcase per rule, written at the end; its failure text lists the first
// STREAM_SAMPLE violations and how many more there were.

const junitStream = (options: FormatOptions): ReportStream => {
  const x = (s: string): string => xmlEscape(e(s));
  const threshold = severityRank(options.failOn ?? 'advisory');
  const locale = options.locale ?? 'en';
  const n = nf(locale);
  interface Kept { clause: string; failing: number; passing: number; worst?: Violation; failLines: string[]; passLines: string[] }
  const byRule = new Map<string, Kept>();
  for (const r of options.rules ?? []) byRule.set(r.id, { clause: r.clause, failing: 0, passing: 0, failLines: [], passLines: [] });
  let invalid = 0;
  let invalidIssues = 0;
  const invalidLines: string[] = [];
  let checkedAt = '';
  const describe = (v: Violation): string => {
    const who = v.recipient ? `${v.recipient}: ` : '';
    const evidence = Object.entries(v.evidence).map(([k, val]) => `${k}=${JSON.stringify(val)}`).join(', ');
    return `${who}${messageOf(v, options.locale)} [${v.clause}, ${v.severity}]${evidence ? ` (${evidence})` : ''}`;
  };
  const add = (v: Violation): void => {
    let k = byRule.get(v.ruleId);
    if (!k) byRule.set(v.ruleId, (k = { clause: v.clause, failing: 0, passing: 0, failLines: [], passLines: [] }));
    if (severityRank(v.severity) >= threshold) {
      k.failing++;
      if (!k.worst || severityRank(v.severity) > severityRank(k.worst.severity)) k.worst = v;
      if (k.failLines.length < STREAM_SAMPLE) k.failLines.push(describe(v));
    } else {
      k.passing++;
      if (k.passLines.length < STREAM_SAMPLE) k.passLines.push(describe(v));
    }
  };
  const lines = (kept: string[], count: number) => (count > kept.length ? [...kept, more[locale](n.format(count - kept.length))] : kept).join('\n');
  return {
    begin: (h) => {
      checkedAt = h.checkedAt;
      h.violations.forEach(add);
      return '';
    },
    recipient: (r) => {
      if (r.verdict === 'invalid') {
        invalid++;
        for (const i of r.issues ?? []) {
          invalidIssues++;
          if (invalidLines.length < STREAM_SAMPLE) invalidLines.push(`${i.path}: ${i.message}`);
        }
      } else r.violations.forEach(add);
      return '';
    },
    end: () => {
      const cases: string[] = [];
      let failures = 0;
      for (const [id, k] of byRule) {
        const body: string[] = [];
        if (k.failing) {
          failures++;
          body.push(`      <failure type="${x(k.worst!.severity)}" message="${x(`${k.failing} × ${messageOf(k.worst!, options.locale)}`)}">${x(lines(k.failLines, k.failing))}</failure>`);
        }
        if (k.passing) body.push(`      <system-out>${x(lines(k.passLines, k.passing))}</system-out>`);
        const open = `    <testcase classname="mailpolicy.${x(k.clause)}" name="${x(id)}"`;
        cases.push(body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`);
      }
      if (invalid) {
        cases.push(
          `    <testcase classname="mailpolicy.input" name="recipient records">\n      <error type="invalid-input" message="${x(`${n.format(invalid)} ${plural(locale, invalid, labels.invalidRecords[locale])}`)}">${x(lines(invalidLines, invalidIssues))}</error>\n    </testcase>`,
        );
      }
      const attrs = `tests="${cases.length}" failures="${failures}" errors="${invalid ? 1 : 0}"`;
      return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="mailpolicy" ${attrs}>`, `  <testsuite name="mailpolicy" ${attrs} skipped="0" timestamp="${x(checkedAt)}">`, ...cases, '  </testsuite>', '</testsuites>', ''].join('\n');
    },
  };
};

/** A writer of `format` for a report whose recipients stream past (see ReportStream). */
export const reportStream = (format: 'stylish' | 'json' | 'sarif' | 'junit', options: FormatOptions = {}): ReportStream => {
  switch (format) {
    case 'json': return jsonStream();
    case 'sarif': return sarifStream(options);
    case 'junit': return junitStream(options);
    default: return stylishStream(options);
  }
};
