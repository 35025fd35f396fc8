import type { Locale } from '../model/index.js';
import type { CompiledRule } from '../engine/index.js';
import { severityLabel } from '../report/index.js';

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - s.length));

/** The enabled rules as a table (or JSON): id, clause, severity, scope, sanction, description. */
export const formatRules = (rules: readonly CompiledRule[], locale: Locale, format: 'stylish' | 'json'): string => {
  const rows = rules.map((r) => ({
    id: r.id,
    clause: r.clause,
    severity: r.severity,
    scope: r.scope,
    sanction: r.sanction,
    description: r.rule.description[locale],
  }));
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const cols = [
    rows.map((r) => r.id),
    rows.map((r) => r.clause),
    rows.map((r) => severityLabel[r.severity][locale]),
    rows.map((r) => r.scope),
    rows.map((r) => r.sanction),
  ];
  const head = locale === 'de' ? ['Regel', 'Klausel', 'Schweregrad', 'Bereich', 'Maßnahme', 'Beschreibung'] : ['rule', 'clause', 'severity', 'scope', 'sanction', 'description'];
  const widths = cols.map((c, i) => Math.max(head[i]!.length, ...c.map((s) => s.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < widths.length ? pad(c, widths[i]!) : c)).join('  ').trimEnd();
  return `${[line(head), ...rows.map((r, i) => line([...cols.map((c) => c[i]!), r.description]))].join('\n')}\n`;
};
