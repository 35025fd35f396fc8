// The plain mailboxes nearly every From header is written as, read without the RFC 5322
// grammar engine (email-addresses builds a parse tree of closures for each header, which
// costs more than the rest of the sender facts together):
//   "Display Name" <local@domain>     Display Name <local@domain>     <local@domain>     local@domain
// with an ASCII dot-atom local part, a domain of letters, digits and hyphens, a quoted name
// of printable ASCII and a bare name of atoms, single spaces between words. Anything else
// (comments, escapes, UTF-8, obsolete syntax, groups) returns null and goes to the full
// parser. test/facts/simple-mailbox.test.ts holds the answers to the full parser's.
import { isAtext, isDotted } from '../../../model/rfc5322.js';

export interface SimpleMailbox {
  readonly address: string;
  readonly local: string;
  readonly domain: string;
  readonly name: string | null;
}

/** RFC 5322 qtext (printable ASCII but " and \). */
const isQtext = (c: number): boolean => c === 0x21 || (c >= 0x23 && c <= 0x5b) || (c >= 0x5d && c <= 0x7e);
const isDomainChar = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;

/** Words of `ok` characters separated by single spaces, filling s[from, to) exactly. */
const isWords = (s: string, from: number, to: number, ok: (c: number) => boolean): boolean => {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (i === from || i === to - 1 || s.charCodeAt(i - 1) === 0x20) return false;
    } else if (!ok(c)) return false;
  }
  return true;
};

const addrSpec = (s: string, from: number, to: number, name: string | null): SimpleMailbox | null => {
  const at = s.indexOf('@', from);
  if (at < 0 || at >= to || !isDotted(s, from, at, isAtext) || !isDotted(s, at + 1, to, isDomainChar)) return null;
  return { address: s.slice(from, to), local: s.slice(from, at), domain: s.slice(at + 1, to), name };
};

export const simpleMailbox = (input: string): SimpleMailbox | null => {
  const s = input;
  const n = s.length;
  if (n === 0 || s.charCodeAt(n - 1) !== 0x3e /* > */) return addrSpec(s, 0, n, null);
  const open = s.lastIndexOf('<');
  if (open < 0) return null;
  if (open === 0) return addrSpec(s, 1, n - 1, null);
  if (s.charCodeAt(0) === 0x22 /* " */) {
    // "Name" <addr> or "Name"<addr>
    const close = s.charCodeAt(open - 1) === 0x20 ? open - 2 : open - 1;
    if (close < 1 || s.charCodeAt(close) !== 0x22 || !isWords(s, 1, close, isQtext)) return null;
    return addrSpec(s, open + 1, n - 1, s.slice(1, close));
  }
  // Name <addr>: atoms, one space before the bracket
  if (s.charCodeAt(open - 1) !== 0x20 || !isWords(s, 0, open - 1, isAtext)) return null;
  return addrSpec(s, open + 1, n - 1, s.slice(0, open - 1));
};
