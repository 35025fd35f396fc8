import type { Report, Severity, Violation } from '../../model/index.js';
import { messageOf, type FormatOptions, type FormatRule } from './options.js';
import { reportLocale } from './i18n.js';
import { headerOf } from './regions.js';

/** Arrays in a result's evidence longer than this are cut, their length kept in evidenceCounts. */
export const SARIF_EVIDENCE_ITEMS = 10;

/**
 * A file name as SARIF's artifactLocation.uri (a URI reference, RFC 3986): each path segment
 * percent-encoded (spaces, '#', '?', '%', non-ASCII), backslashes as '/', and an absolute path
 * as a file: URI. "my list#1.csv" was written raw and read back as a fragment.
 */
export const fileUri = (file: string): string => {
  const path = file.replace(/\\/g, '/');
  const drive = /^[A-Za-z]:\//.test(path);
  const encoded = path.split('/').map((seg, i) => (drive && i === 0 ? seg : encodeURIComponent(seg))).join('/');
  if (drive) return `file:///${encoded}`;
  return path.startsWith('/') ? `file://${encoded}` : encoded;
};

export const sarifLevel: Record<Severity, 'error' | 'warning' | 'note'> = { prohibited: 'error', undesired: 'warning', advisory: 'note' };

export const ruleDescriptor = (r: FormatRule, locale: 'de' | 'en') => ({
  id: r.id,
  name: r.id.split('/').pop() ?? r.id,
  shortDescription: { text: r.rule.description[locale] },
  fullDescription: { text: `${r.clause}: ${r.clauseHeading ?? r.clause}. ${r.rule.description[locale]}` },
  help: { text: r.rule.fix[locale] },
  ...(r.rule.url ? { helpUri: r.rule.url } : {}),
  defaultConfiguration: { level: sarifLevel[r.severity] },
  properties: {
    clause: r.clause, severity: r.severity, sanction: r.sanction, scope: r.scope, tags: ['mailpolicy', r.clause, r.severity],
    ...(r.options && Object.keys(r.options).length ? { options: r.options } : {}),
  },
});

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * A result's evidence without what its rule descriptor already says once (the rule's configured
 * options, e.g. the list of impersonated brand names) and with long lists cut to their first
 * SARIF_EVIDENCE_ITEMS items, each cut list's length in `counts`.
 */
export const summariseEvidence = (evidence: Readonly<Record<string, unknown>>, rule: FormatRule | undefined) => {
  const kept: Record<string, unknown> = {};
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(evidence)) {
    if (rule?.options && key.startsWith('options.') && same(rule.options[key.slice('options.'.length)], value)) continue;
    if (Array.isArray(value) && value.length > SARIF_EVIDENCE_ITEMS) {
      kept[key] = value.slice(0, SARIF_EVIDENCE_ITEMS);
      counts[key] = value.length;
    } else {
      kept[key] = value;
    }
  }
  return { evidence: kept, ...(Object.keys(counts).length ? { evidenceCounts: counts } : {}) };
};

/**
 * SARIF 2.1.0 (one run): every rule that ran in tool.driver.rules, one result per violation with
 * level error / warning / note for prohibited / undesired / advisory. Locations are the input
 * files; a recipient's result names the address as a logical location.
 */
export const formatSarif = (report: Report, options: FormatOptions = {}): string => {
  const locale = options.locale ?? reportLocale(report) ?? 'en';
  const rules = [...(options.rules ?? [])];
  // A violation of a rule the caller did not list still gets a descriptor, so ruleIndex is always valid.
  const index = new Map(rules.map((r, i) => [r.id, i] as const));
  const descriptors: object[] = rules.map((r) => ruleDescriptor(r, locale));
  for (const v of report.violations) {
    if (index.has(v.ruleId)) continue;
    index.set(v.ruleId, descriptors.length);
    descriptors.push({ id: v.ruleId, defaultConfiguration: { level: sarifLevel[v.severity] }, properties: { clause: v.clause, severity: v.severity, scope: v.scope } });
  }
  const byId = new Map(rules.map((r) => [r.id, r] as const));
  const src = options.sources ?? {};
  // A recipient's violation → its index in the list (by identity, else by address after JSON).
  const indexOf = new Map<Violation, number>();
  const indexOfAddress = new Map<string, number>();
  for (const r of report.recipients) {
    for (const v of r.violations) indexOf.set(v, r.index);
    if (!indexOfAddress.has(r.address)) indexOfAddress.set(r.address, r.index);
  }
  const lineOf = (v: Violation): number | undefined => {
    if (v.scope === 'recipient') {
      const i = indexOf.get(v) ?? (v.recipient !== undefined ? indexOfAddress.get(v.recipient) : undefined);
      return i === undefined ? undefined : options.lines?.recipientLine?.(i);
    }
    if (v.scope === 'message') {
      const header = headerOf(v.evidence);
      return header === undefined ? undefined : options.lines?.headers?.[header];
    }
    return undefined;
  };
  const location = (v: Violation) => {
    const file = v.scope === 'recipient' ? src.recipients : v.scope === 'history' ? src.history : src.message;
    const uri = file === undefined ? undefined : fileUri(file);
    const line = uri ? lineOf(v) : undefined;
    return {
      ...(uri ? { physicalLocation: { artifactLocation: { uri }, ...(line !== undefined && line > 0 ? { region: { startLine: line } } : {}) } } : {}),
      logicalLocations: [v.recipient ? { name: v.recipient, kind: 'member' } : { name: v.scope, kind: 'module' }],
    };
  };
  const result = (v: Violation) => ({
    ruleId: v.ruleId,
    ruleIndex: index.get(v.ruleId),
    level: sarifLevel[v.severity],
    message: { text: messageOf(v, locale) },
    locations: [location(v)],
    properties: {
      clause: v.clause, clauseHeading: v.clauseHeading, severity: v.severity, sanction: v.sanction, scope: v.scope, ...(v.recipient ? { recipient: v.recipient } : {}),
      ...summariseEvidence(v.evidence, byId.get(v.ruleId)),
    },
  });
  const invalid = report.recipients.filter((r) => r.verdict === 'invalid');
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'mailpolicy', ...(options.toolVersion ? { version: options.toolVersion } : {}), informationUri: 'https://www.npmjs.com/package/mailpolicy', rules: descriptors } },
        invocations: [
          {
            executionSuccessful: invalid.length === 0,
            toolExecutionNotifications: invalid.flatMap((r) =>
              (r.issues ?? []).map((i) => ({ level: 'error', message: { text: `${i.path}: ${i.message}` } })),
            ),
          },
        ],
        results: report.violations.map(result),
        properties: { verdict: report.verdict, purpose: report.purpose, checkedAt: report.checkedAt, sanction: report.sanction },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};
