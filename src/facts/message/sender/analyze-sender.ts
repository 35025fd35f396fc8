import addresses from 'email-addresses';
import { getDomain, parse as parseHost } from 'tldts';
import type { Message } from '../../../model/index.js';
import type { Account } from '../../account.js';
import { simpleMailbox, type SimpleMailbox } from './simple-mailbox.js';

export interface Mailbox {
  readonly address: string;
  readonly localPart: string;
  readonly domain: string;
  /** The registrable domain (public-suffix aware): news.shop.co.uk → shop.co.uk. */
  readonly baseDomain: string;
  readonly displayName: string | null;
}

export interface SenderFacts {
  /** From parsed as one RFC 5322 mailbox. */
  readonly valid: boolean;
  readonly from: Mailbox | null;
  readonly hasDisplayName: boolean;
  /** The display name carries an email address or a domain other than the From domain. */
  readonly displayNameImpersonates: boolean;
  readonly displayNameDomain: string | null;
  /** An email address written in the display name ("info@paypal.com" <x@evil.example>), or null. */
  readonly displayNameAddress: string | null;
  /** From domain is one of account.senderDomains (or a subdomain); null when none are configured. */
  readonly ownDomain: boolean | null;
  readonly freeMail: boolean;
  /** A local part that looks machine-made rather than a person or role (x7f3k9q2…). */
  readonly randomLocalPart: boolean;
  readonly replyTo: Mailbox | null;
  /** Reply-To lies on the From's registrable domain (or an own domain); null without Reply-To. */
  readonly replyToRelated: boolean | null;
  readonly sender: Mailbox | null;
  readonly senderRelated: boolean | null;
}

const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.de', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.it', 'yahoo.es', 'ymail.com',
  'rocketmail.com', 'hotmail.com', 'hotmail.de', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.it', 'hotmail.es', 'outlook.com',
  'outlook.de', 'outlook.fr', 'live.com', 'live.de', 'live.fr', 'live.co.uk', 'msn.com', 'aol.com', 'aol.de', 'gmx.de',
  'gmx.net', 'gmx.at', 'gmx.ch', 'gmx.com', 'web.de', 't-online.de', 'freenet.de', 'arcor.de', 'email.de', 'icloud.com',
  'me.com', 'mac.com', 'mail.com', 'mail.ru', 'yandex.ru', 'yandex.com', 'rambler.ru', 'protonmail.com', 'protonmail.ch',
  'proton.me', 'pm.me', 'tutanota.com', 'tutanota.de', 'tuta.io', 'posteo.de', 'mailbox.org', 'zoho.com', 'gmx.fr',
  'qq.com', '163.com', '126.com', 'sina.com', 'naver.com', 'libero.it', 'virgilio.it', 'orange.fr', 'laposte.net',
  'free.fr', 'sfr.fr', 'wanadoo.fr', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'seznam.cz', 'terra.com.br',
  'uol.com.br', 'bol.com.br', 'sapo.pt', 'telefonica.net', 'ziggo.nl', 'kpnmail.nl', 'bluewin.ch', 'inbox.lv',
]);

// email-addresses is a backtracking recursive-descent parser: a From of a few thousand nested
// comments "((((…" overflows the stack, and a 100 KB quoted name or local part costs it minutes
// (quadratic). RFC 5322 (2.1.1) caps a header line at 998 characters and no real mailbox nests
// comments, so anything longer or with more parentheses is no usable mailbox (valid: false) and
// never reaches the parser.
const MAX_MAILBOX_LENGTH = 998;
const MAX_PARENTHESES = 32;

const parseable = (input: string): boolean => {
  if (input.length > MAX_MAILBOX_LENGTH) return false;
  let parens = 0;
  for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) === 40 /* ( */ && ++parens > MAX_PARENTHESES) return false;
  return true;
};

const lenient = { atInDisplayName: true, commaInDisplayName: true } as const;

/**
 * The plain forms directly; else RFC 5322, then leniently, for the unquoted "Shop, Inc." or
 * "info@x.com" names real mail has.
 */
const parseOne = (input: string): SimpleMailbox | null => {
  const simple = simpleMailbox(input);
  if (simple) return simple;
  for (const extra of [{}, lenient]) {
    const parsed = addresses.parseOneAddress({ input, rfc6532: true, ...extra });
    if (parsed && parsed.type === 'mailbox') return parsed as addresses.ParsedMailbox;
  }
  return null;
};

export const parseMailbox = (input: string | undefined): Mailbox | null => {
  if (!input || !parseable(input)) return null;
  const p = parseOne(input);
  if (!p) return null;
  const domain = p.domain.toLowerCase();
  return {
    address: p.address,
    localPart: p.local,
    domain,
    baseDomain: getDomain(domain, { allowPrivateDomains: true }) ?? domain,
    displayName: p.name?.trim() || null,
  };
};

/**
 * Domains and addresses in a display name, found token by token (split on spaces and brackets,
 * no backtracking regex): a token with @ is an address; a dotted token counts as a domain only
 * when its suffix is a known public suffix, so "Mr." or "v2.0" are not domains.
 */
/** RFC 2606 names used in documentation and tests. */
const RESERVED_TLDS = new Set(['example', 'test', 'invalid', 'localhost']);

const nameTokens = (name: string): { domain: string | null; address: string | null } => {
  let domain: string | null = null;
  let address: string | null = null;
  for (const raw of name.slice(0, 320).split(/[\s"'<>()[\],;]+/)) {
    const token = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
    if (!token.includes('.')) continue;
    const at = token.lastIndexOf('@');
    const host = at >= 0 ? token.slice(at + 1) : token;
    const parsed = parseHost(host);
    // An address always names its domain; a bare dotted word only with a real (or RFC 2606 test) suffix.
    if (!parsed.domain || (at < 0 && !parsed.isIcann && !RESERVED_TLDS.has(parsed.publicSuffix ?? ''))) continue;
    if (at >= 0) address ??= token;
    domain ??= host;
  }
  return { domain, address };
};

const isOwn = (domain: string, own: readonly string[]): boolean =>
  own.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`));

const looksRandom = (local: string): boolean => {
  // A year or short number after a word (news2025, rechnung2024) is a name, not noise: a trailing
  // run of up to four digits is left out. Longer runs (u83920174) still count.
  let end = local.length;
  while (end > 0 && local.charCodeAt(end - 1) >= 48 && local.charCodeAt(end - 1) <= 57) end--;
  const l = (local.length - end <= 4 ? local.slice(0, end) : local).toLowerCase();
  if (l.length < 8) return false;
  const letters = l.replace(/[^a-z]/g, '');
  const digits = l.replace(/[^0-9]/g, '').length;
  const vowels = letters.replace(/[^aeiouy]/g, '').length;
  return digits / l.length > 0.3 || (letters.length >= 8 && vowels / letters.length < 0.15);
};

export const analyzeSender = (message: Message, account: Account): SenderFacts => {
  const from = parseMailbox(message.from);
  const replyTo = parseMailbox(message.replyTo);
  const sender = parseMailbox(message.sender);
  const related = (m: Mailbox | null): boolean | null =>
    m === null || from === null ? null : m.baseDomain === from.baseDomain || isOwn(m.domain, account.senderDomains);
  const inName = from?.displayName ? nameTokens(from.displayName) : { domain: null, address: null };
  const nameDomain = inName.domain;
  const nameBase = nameDomain ? (getDomain(nameDomain) ?? nameDomain) : null;
  return {
    valid: from !== null,
    from,
    hasDisplayName: Boolean(from?.displayName),
    displayNameImpersonates:
      from !== null && nameBase !== null && nameBase !== from.baseDomain && !isOwn(nameDomain!, account.senderDomains),
    displayNameDomain: nameDomain,
    displayNameAddress: inName.address,
    ownDomain: from === null || account.senderDomains.length === 0 ? null : isOwn(from.domain, account.senderDomains),
    freeMail: from !== null && FREE_MAIL.has(from.baseDomain),
    randomLocalPart: from !== null && looksRandom(from.localPart),
    replyTo,
    replyToRelated: related(replyTo),
    sender,
    senderRelated: related(sender),
  };
};
