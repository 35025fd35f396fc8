import addresses from 'email-addresses';
import { getDomain } from 'tldts';
import type { Message } from '../model/index.js';
import type { Account } from './account.js';

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
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.de', 'hotmail.com', 'hotmail.de', 'outlook.com', 'outlook.de',
  'live.com', 'live.de', 'aol.com', 'gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'web.de', 't-online.de', 'freenet.de',
  'icloud.com', 'me.com', 'mail.com', 'mail.ru', 'yandex.ru', 'yandex.com', 'protonmail.com', 'proton.me', 'posteo.de',
  'mailbox.org', 'qq.com', '163.com', '126.com', 'libero.it', 'orange.fr', 'laposte.net', 'wp.pl', 'o2.pl', 'onet.pl',
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

export const parseMailbox = (input: string | undefined): Mailbox | null => {
  if (!input || !parseable(input)) return null;
  const parsed = addresses.parseOneAddress({ input, rfc6532: true });
  if (!parsed || parsed.type !== 'mailbox') return null;
  const p = parsed as addresses.ParsedMailbox;
  const domain = p.domain.toLowerCase();
  return {
    address: p.address,
    localPart: p.local,
    domain,
    baseDomain: getDomain(domain, { allowPrivateDomains: true }) ?? domain,
    displayName: p.name?.trim() || null,
  };
};

const DOMAIN_IN_NAME = /[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/i;

const displayNameDomain = (name: string | null): string | null => {
  if (!name) return null;
  const m = DOMAIN_IN_NAME.exec(name.length > 320 ? name.slice(0, 320) : name);
  return m ? m[0].toLowerCase() : null;
};

const isOwn = (domain: string, own: readonly string[]): boolean =>
  own.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`));

const looksRandom = (local: string): boolean => {
  const l = local.toLowerCase();
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
  const nameDomain = displayNameDomain(from?.displayName ?? null);
  const nameBase = nameDomain ? (getDomain(nameDomain) ?? nameDomain) : null;
  return {
    valid: from !== null,
    from,
    hasDisplayName: Boolean(from?.displayName),
    displayNameImpersonates:
      from !== null && nameBase !== null && nameBase !== from.baseDomain && !isOwn(nameDomain!, account.senderDomains),
    displayNameDomain: nameDomain,
    ownDomain: from === null || account.senderDomains.length === 0 ? null : isOwn(from.domain, account.senderDomains),
    freeMail: from !== null && FREE_MAIL.has(from.baseDomain),
    randomLocalPart: from !== null && looksRandom(from.localPart),
    replyTo,
    replyToRelated: related(replyTo),
    sender,
    senderRelated: related(sender),
  };
};
