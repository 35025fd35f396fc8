import type { InputIssue } from '../../model/index.js';

/** nodemailer's `headers`: { name: value | value[] | { prepared, value } } or [{ key, value }]. */
export type NodemailerHeaders =
  | Record<string, string | string[] | { prepared?: boolean; value: string }>
  | Array<{ key: string; value: string }>;

const scalar = (v: unknown): string | null => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
};

// nodemailer's `{ prepared, value }` wraps a plain value once; a wrapper inside a wrapper is not
// nodemailer's shape (read recursively, a deep or cyclic one overflowed the stack).
const valueOf = (v: unknown): string | null => {
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && 'value' in v) return scalar((v as { value: unknown }).value);
  return scalar(v);
};

/** Collects headers as nodemailer would add them (arrays become repeated header lines). */
export const readHeaders = (
  headers: unknown,
  path: string,
): { value: Record<string, string[]>; issues: InputIssue[] } => {
  const out: Record<string, string[]> = Object.create(null);
  const issues: InputIssue[] = [];
  const add = (key: unknown, value: unknown, at: string): void => {
    if (typeof key !== 'string' || key.trim() === '') {
      issues.push({ path: at, message: 'a header needs a name' });
      return;
    }
    for (const [i, v] of (Array.isArray(value) ? value : [value]).entries()) {
      const s = valueOf(v);
      if (s === null) issues.push({ path: Array.isArray(value) ? `${at}[${i}]` : at, message: 'expected a string header value' });
      else (out[key.trim().toLowerCase()] ??= []).push(s);
    }
  };
  if (headers === undefined || headers === null) return { value: out, issues };
  if (Array.isArray(headers)) {
    headers.forEach((h, i) => add((h as { key?: unknown })?.key, (h as { value?: unknown })?.value, `${path}[${i}]`));
  } else if (typeof headers === 'object') {
    for (const [k, v] of Object.entries(headers)) add(k, v, `${path}.${k}`);
  } else {
    issues.push({ path, message: 'expected an object or an array of { key, value }' });
  }
  return { value: out, issues };
};
