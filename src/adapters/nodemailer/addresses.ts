import { parseMailbox } from '../../facts/message/sender/analyze-sender.js';
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

/** Splits an address list at the commas outside quotes and angle brackets, in one pass. */
const splitList = (s: string): string[] => {
  const out: string[] = [];
  let quoted = false;
  let angle = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === '<') angle = true;
    else if (!quoted && c === '>') angle = false;
    else if (!quoted && !angle && c === ',') {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.map((p) => p.trim()).filter((p) => p !== '');
};

/**
 * The bare addresses of nodemailer address fields (to, cc, bcc: strings, possibly comma-separated
 * lists, { name, address } objects, or lists of both), in order, each once (compared
 * case-insensitively). A piece that is no mailbox is kept as written, so it is still checked.
 */
export const recipientAddresses = (...fields: unknown[]): string[] => {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (address: string): void => {
    const key = address.toLowerCase();
    if (address === '' || seen.has(key)) return;
    seen.add(key);
    out.push(address);
  };
  for (const field of fields) {
    for (const a of Array.isArray(field) ? field : [field]) {
      if (typeof a === 'object' && a !== null && typeof (a as { address?: unknown }).address === 'string') add((a as { address: string }).address.trim());
      else if (typeof a === 'string') for (const piece of splitList(a)) add(parseMailbox(piece)?.address ?? piece);
    }
  }
  return out;
};
