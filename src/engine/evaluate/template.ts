// Fills `{key}` placeholders of a rule's message from its evidence. A single left-to-right scan:
// no regex backtracking over customer-controlled evidence.

// Strings and numbers first: nearly every placeholder is one, and runs per violation.
const format = (v: unknown): string => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 10000) / 10000);
  if (v === null || v === undefined) return '–';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.length === 0 ? '–' : v.map(format).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

export const placeholders = (template: string): string[] => {
  const keys: string[] = [];
  let i = 0;
  while ((i = template.indexOf('{', i)) >= 0) {
    const end = template.indexOf('}', i + 1);
    if (end < 0) break;
    keys.push(template.slice(i + 1, end));
    i = end + 1;
  }
  return keys;
};

/**
 * A template split once into literal text and placeholder keys, for templates filled per
 * violation: the fill is then one pass over the parts, no scanning.
 */
export const compileTemplate = (template: string): ((evidence: Readonly<Record<string, unknown>>) => string) => {
  const literals: string[] = [];
  const keys: string[] = [];
  let i = 0;
  for (;;) {
    const start = template.indexOf('{', i);
    const end = start < 0 ? -1 : template.indexOf('}', start + 1);
    if (end < 0) {
      literals.push(template.slice(i));
      break;
    }
    literals.push(template.slice(i, start));
    keys.push(template.slice(start + 1, end));
    i = end + 1;
  }
  if (keys.length === 0) return () => template;
  return (evidence) => {
    let out = literals[0]!;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      out += (Object.prototype.hasOwnProperty.call(evidence, key) ? format(evidence[key]) : `{${key}}`) + literals[k + 1]!;
    }
    return out;
  };
};

/** One fill of a template (compileTemplate, for a template filled once). */
export const fillTemplate = (template: string, evidence: Readonly<Record<string, unknown>>): string => compileTemplate(template)(evidence);
