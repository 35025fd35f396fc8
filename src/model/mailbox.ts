// One recipient address: an RFC 5321 mailbox (local-part@domain), internationalised as RFC 6531
// allows (UTF-8 local parts, IDN domains). Lists, display names, comments, spaces, quoted local
// parts, address literals and missing parts are refused: an export row holding
// "anna@example.de, ben@example.de" or "Anna <anna@example.de>" is bad data, not a recipient.
import addresses from 'email-addresses';
import { isAtext, isDotted } from './rfc5322.js';

// RFC 5321 4.5.3.1: a local part of at most 64 octets, a path of at most 256 (the address plus
// the two angle brackets); longer input never reaches the (backtracking) parser.
const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;

const LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;
const NUMERIC = /^[0-9]+$/;

/** A host name of two or more labels (letters of any script, digits, inner hyphens), not an all-numeric TLD. */
const isHostname = (domain: string): boolean => {
  if (domain.length === 0 || domain.length > 253) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  for (const l of labels) if (!LABEL.test(l)) return false;
  return !NUMERIC.test(labels[labels.length - 1]!);
};

const utf8Octets = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : (c & 0xfc00) === 0xd800 ? 2 : 3; // a surrogate pair is 4 octets, 2 per half
  }
  return n;
};

/** Why `input` is not one mailbox, or null when it is. */
export const mailboxProblem = (input: string): string | null => {
  if (input.length === 0) return 'an address is required';
  if (input.length > MAX_ADDRESS) return `longer than ${MAX_ADDRESS} characters (RFC 5321)`;
  const at = input.lastIndexOf('@');
  if (at < 0) return 'not an email address: no @';
  if (at === 0) return 'not an email address: the part before @ is missing';
  if (at === input.length - 1) return 'not an email address: the domain after @ is missing';
  // Nearly every address: ASCII dot-atom @ host name, no parser needed.
  if (isDotted(input, 0, at, isAtext)) {
    if (at > MAX_LOCAL) return `the part before @ is longer than ${MAX_LOCAL} octets (RFC 5321)`;
    return isHostname(input.slice(at + 1)) ? null : `not an email address: "${input.slice(at + 1)}" is no domain name`;
  }
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x2c || c === 0x3b) return 'one address expected, not a list';
    if (c === 0x3c || c === 0x3e) return 'the address alone expected, without display name or angle brackets';
    if (c <= 0x20 || c === 0x7f) return 'spaces and control characters are not allowed in an address';
    if (c === 0x22 || c === 0x28 || c === 0x5b) return 'quoted local parts, comments and address literals are not accepted';
  }
  // UTF-8 local parts and the rest of RFC 5322 / RFC 6532 through the kept parser.
  const parsed = addresses.parseOneAddress({ input, rfc6532: true });
  if (parsed === null || parsed.type !== 'mailbox') return 'not an email address';
  const mailbox = parsed as addresses.ParsedMailbox;
  if (mailbox.name !== null || `${mailbox.local}@${mailbox.domain}` !== input) return 'not an email address';
  if (utf8Octets(mailbox.local) > MAX_LOCAL) return `the part before @ is longer than ${MAX_LOCAL} octets (RFC 5321)`;
  return isHostname(mailbox.domain) ? null : `not an email address: "${mailbox.domain}" is no domain name`;
};

export const isMailbox = (input: unknown): input is string => typeof input === 'string' && mailboxProblem(input) === null;
