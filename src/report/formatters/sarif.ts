import type { Report, Severity, Violation } from '../../model/index.js';
import { clauses } from '../../model/index.js';
import { messageOf, type FormatOptions, type FormatRule } from './options.js';

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
  fullDescription: { text: `${r.clause}: ${clauses.get(r.clause)?.heading ?? r.clause}. ${r.rule.description[locale]}` },
  help: { text: r.rule.fix[locale] },
  defaultConfiguration: { level: sarifLevel[r.severity] },
  properties: { clause: r.clause, severity: r.severity, sanction: r.sanction, scope: r.scope, tags: ['mailpolicy', r.clause, r.severity] },
});

/**
 * SARIF 2.1.0 (one run): every rule that ran in tool.driver.rules, one result per violation with
 * level error / warning / note for prohibited / undesired / advisory. Locations are the input
 * files; a recipient's result names the address as a logical location.
 */
export const formatSarif = (report: Report, options: FormatOptions = {}): string => {
  const locale = options.locale ?? 'en';
  const rules = [...(options.rules ?? [])];
  // A violation of a rule the caller did not list still gets a descriptor, so ruleIndex is always valid.
  const index = new Map(rules.map((r, i) => [r.id, i] as const));
  const descriptors: object[] = rules.map((r) => ruleDescriptor(r, locale));
  for (const v of report.violations) {
    if (index.has(v.ruleId)) continue;
    index.set(v.ruleId, descriptors.length);
    descriptors.push({ id: v.ruleId, defaultConfiguration: { level: sarifLevel[v.severity] }, properties: { clause: v.clause, severity: v.severity, scope: v.scope } });
  }
  const src = options.sources ?? {};
  const location = (v: Violation) => {
    const file = v.scope === 'recipient' ? src.recipients : v.scope === 'history' ? src.history : src.message;
    const uri = file === undefined ? undefined : fileUri(file);
    return {
      ...(uri ? { physicalLocation: { artifactLocation: { uri } } } : {}),
      logicalLocations: [v.recipient ? { name: v.recipient, kind: 'member' } : { name: v.scope, kind: 'module' }],
    };
  };
  const result = (v: Violation) => ({
    ruleId: v.ruleId,
    ruleIndex: index.get(v.ruleId),
    level: sarifLevel[v.severity],
    message: { text: messageOf(v, options.locale) },
    locations: [location(v)],
    properties: { clause: v.clause, clauseHeading: v.clauseHeading, severity: v.severity, sanction: v.sanction, scope: v.scope, ...(v.recipient ? { recipient: v.recipient } : {}), evidence: v.evidence },
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
