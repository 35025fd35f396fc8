import type { InputIssue } from '../../model/index.js';

/** An address as nodemailer accepts it: 'Name <a@b>' strings, { name, address } objects, or a list of both. */
export type NodemailerAddress = string | { name?: string; address?: string };

const quote = (name: string): string => `"${name.replace(/["\\]/g, (c) => `\\${c}`)}"`;

const one = (a: unknown): string | null => {
  if (typeof a === 'string') return a.trim();
  if (typeof a === 'object' && a !== null && typeof (a as { address?: unknown }).address === 'string') {
    const { name, address } = a as { name?: unknown; address: string };
    return typeof name === 'string' && name !== '' ? `${quote(name)} <${address}>` : address;
  }
  return null;
};

/** Formats a nodemailer address field as an RFC 5322 address list string. */
export const readAddresses = (value: unknown, path: string): { value?: string; issue?: InputIssue } => {
  if (value === undefined || value === null) return {};
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const [i, a] of list.entries()) {
    const s = one(a);
    if (s === null) {
      return { issue: { path: Array.isArray(value) ? `${path}[${i}]` : path, message: 'expected "Name <address>" or { name, address }' } };
    }
    if (s !== '') out.push(s);
  }
  return out.length ? { value: out.join(', ') } : {};
};
