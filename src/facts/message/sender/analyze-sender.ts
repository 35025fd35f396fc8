import addresses from 'email-addresses';
import { getDomain, parse as parseHost } from 'tldts';
import type { Message } from '../../../model/index.js';
import type { Account } from '../../account.js';
import { DISPOSABLE_DOMAINS } from '../../disposable-domains.js';
import { headerValues } from '../header-values.js';
import { looksLike, toAsciiDomain, toUnicodeDomain } from './domain-name.js';
import { simpleMailbox, type SimpleMailbox } from './simple-mailbox.js';

export interface Mailbox {
  readonly address: string;
  readonly localPart: string;
  readonly domain: string;
  /** The registrable domain (public-suffix aware): news.shop.co.uk → shop.co.uk. */
  readonly baseDomain: string;
  readonly displayName: string | null;
}

/** Why a Reply-To or Sender address hides who sends (P4). */
export type ConcealmentSignal = 'unreadable' | 'free-mail' | 'lookalike' | 'display-name';

/** A Reply-To or Sender header, every address judged against the From (P4, U1). */
export interface RelatedHeaderFacts {
  readonly present: boolean;
  /** Every address read as RFC 5322; false when some part could not be read (then judged as the worst case). */
  readonly readable: boolean;
  /** The addresses found (for an unreadable header, those that could be salvaged). */
  readonly addresses: readonly Mailbox[];
  /** Registrable domains of addresses on another organisation's domain with no sign of concealment. */
  readonly unrelatedDomains: readonly string[];
  /** Registrable domains of addresses that hide the sender (freemail, look-alike, posing display name). */
  readonly concealingDomains: readonly string[];
  /** The header cannot be read at all, or only in part: the worst case for P4. */
  readonly unreadable: boolean;
  /** The worst address: the first concealing one, else the first unrelated one, else the first; null without any. */
  readonly worst: Mailbox | null;
  /** The worst address's signal; null when it is merely unrelated or related. */
  readonly signal: ConcealmentSignal | null;
  /** The worst finding in words, German and English (for messages). */
  readonly reason: { readonly de: string; readonly en: string };
  /** The worst address, or the header as written (cut to 80 characters) when none could be read. */
  readonly shown: string;
}

export interface SenderFacts {
  /** From parsed as exactly one RFC 5322 mailbox. */
  readonly valid: boolean;
  readonly from: Mailbox | null;
  /** Every address of the From header (a list is judged address by address; salvaged ones for an unreadable header). */
  readonly fromAddresses: readonly Mailbox[];
  /** The From domain judged for P3: the first one not on an own domain, else the first; null when none could be read. */
  readonly fromDomain: string | null;
  /** The judged From address, or the header as written (cut to 80 characters) when no address could be read. */
  readonly fromShown: string;
  readonly hasDisplayName: boolean;
  /** The display name carries an email address or a domain other than the From domain. */
  readonly displayNameImpersonates: boolean;
  readonly displayNameDomain: string | null;
  /** An email address written in the display name ("info@paypal.com" <x@evil.example>), or null. */
  readonly displayNameAddress: string | null;
  /**
   * Every From address is on one of account.senderDomains (or a subdomain), compared in IDNA
   * form; false when some is not or none could be read; null when no domains are configured.
   */
  readonly ownDomain: boolean | null;
  readonly freeMail: boolean;
  /** A local part that looks machine-made rather than a person or role (x7f3k9q2…). */
  readonly randomLocalPart: boolean;
  /** The worst Reply-To address (replyToIdentity.worst). */
  readonly replyTo: Mailbox | null;
  /** Every Reply-To address lies on the From's registrable domain, an own domain or the List-Id's domain; null without Reply-To. */
  readonly replyToRelated: boolean | null;
  readonly replyToIdentity: RelatedHeaderFacts;
  /** The worst Sender address (senderIdentity.worst). */
  readonly sender: Mailbox | null;
  readonly senderRelated: boolean | null;
  readonly senderIdentity: RelatedHeaderFacts;
  /** Headers longer or more nested than the parser is given (MAX_MAILBOX_LENGTH, MAX_PARENTHESES): read by salvage only. */
  readonly cutHeaders: readonly ('from' | 'reply-to' | 'sender')[];
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
// comments, so anything longer or with more parentheses never reaches the parser: its addresses
// are salvaged by a linear scan (salvage), judged like any other, and the header is named in
// `cutHeaders` (the policy reports mes/analysis-limit). A limit never turns a finding into none.
export const MAX_MAILBOX_LENGTH = 998;
export const MAX_PARENTHESES = 32;

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

/** An address list (groups flattened) by RFC 5322; null when it is none. */
const parseList = (input: string): SimpleMailbox[] | null => {
  const list = addresses.parseAddressList({ input, rfc6532: true });
  if (!list || list.length === 0) return null;
  const out: SimpleMailbox[] = [];
  for (const a of list) {
    if (a.type === 'mailbox') out.push(a as addresses.ParsedMailbox);
    else out.push(...((a as addresses.ParsedGroup).addresses as addresses.ParsedMailbox[]));
  }
  return out.length > 0 ? out : null;
};

const toMailbox = (p: SimpleMailbox): Mailbox => {
  const domain = toAsciiDomain(p.domain);
  return {
    address: p.address,
    localPart: p.local,
    domain,
    baseDomain: getDomain(domain, { allowPrivateDomains: true }) ?? domain,
    displayName: p.name?.trim() || null,
  };
};

/** Characters of a domain as written in an address: letters (any script), digits, hyphen, dot. */
const isDomainChar = (c: string): boolean => /[\p{L}\p{N}.-]/u.test(c);
const isLocalChar = (c: string): boolean => !/[\s<>()[\]",;:@\\]/u.test(c);

/**
 * Addresses in a header the parser is not given (too long, too many comments, or not RFC 5322):
 * every `local@domain` run, found by one scan around each @ (each character is visited a bounded
 * number of times: a local part is read back at most 64 characters, a domain forward at most 255).
 */
export const salvage = (input: string): Mailbox[] => {
  const out: Mailbox[] = [];
  const chars = Array.from(input.length > 100_000 ? input.slice(0, 100_000) : input);
  for (let at = 0; at < chars.length; at++) {
    if (chars[at] !== '@') continue;
    let start = at;
    while (start > 0 && at - start < 64 && isLocalChar(chars[start - 1]!)) start--;
    let end = at + 1;
    while (end < chars.length && end - at <= 255 && isDomainChar(chars[end]!)) end++;
    let domain = chars.slice(at + 1, end).join('');
    while (domain.endsWith('.') || domain.endsWith('-')) domain = domain.slice(0, -1);
    const local = chars.slice(start, at).join('');
    if (!domain.includes('.') || local.length === 0) continue;
    out.push(toMailbox({ address: `${local}@${domain}`, local, domain, name: null }));
  }
  return out;
};

interface ParsedHeader {
  readonly present: boolean;
  /** Exactly what RFC 5322 reads, nothing salvaged. */
  readonly readable: boolean;
  readonly cut: boolean;
  readonly mailboxes: readonly Mailbox[];
}

const NONE: ParsedHeader = { present: false, readable: true, cut: false, mailboxes: [] };

/** One header as a list of mailboxes: one mailbox, else an RFC 5322 list, else what salvage finds (readable: false). */
export const parseMailboxHeader = (input: string | undefined): ParsedHeader => {
  if (input === undefined || input.trim() === '') return NONE;
  if (!parseable(input)) return { present: true, readable: false, cut: true, mailboxes: salvage(input) };
  const one = parseOne(input);
  if (one) return { present: true, readable: true, cut: false, mailboxes: [toMailbox(one)] };
  const list = parseList(input);
  if (list) return { present: true, readable: true, cut: false, mailboxes: list.map(toMailbox) };
  return { present: true, readable: false, cut: false, mailboxes: salvage(input) };
};

export const parseMailbox = (input: string | undefined): Mailbox | null => {
  if (!input || !parseable(input)) return null;
  const p = parseOne(input);
  return p ? toMailbox(p) : null;
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
    const host = toAsciiDomain(at >= 0 ? token.slice(at + 1) : token);
    const parsed = parseHost(host);
    // An address always names its domain; a bare dotted word only with a real (or RFC 2606 test) suffix.
    if (!parsed.domain || (at < 0 && !parsed.isIcann && !RESERVED_TLDS.has(parsed.publicSuffix ?? ''))) continue;
    if (at >= 0) address ??= token;
    domain ??= host;
  }
  return { domain, address };
};

/** `domain` (IDNA form) is one of `own` (normalised by the caller) or a subdomain of one. */
const isOwn = (domain: string, own: readonly string[]): boolean => own.some((d) => domain === d || domain.endsWith(`.${d}`));

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

/** The first label of a registrable domain in Unicode: shop.co.uk → shop, xn--mller-bckerei-hfb76a.de → müller-bäckerei. */
const orgLabel = (baseDomain: string): string => {
  const suffix = parseHost(baseDomain).publicSuffix;
  const name = suffix && baseDomain.endsWith(`.${suffix}`) ? baseDomain.slice(0, -suffix.length - 1) : baseDomain.split('.')[0]!;
  return toUnicodeDomain(name.slice(name.lastIndexOf('.') + 1));
};

const cutShown = (s: string): string => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

const REASONS: Record<ConcealmentSignal | 'unrelated' | 'related', (m: Mailbox | null, from: string) => { de: string; en: string }> = {
  unreadable: (m) => ({
    de: m ? `der Header ist nicht lesbar (gefunden: ${m.address})` : 'der Header ist nicht lesbar',
    en: m ? `the header cannot be read (found: ${m.address})` : 'the header cannot be read',
  }),
  'free-mail': (m) => ({
    de: `Freemail- oder Wegwerfadresse (${m!.baseDomain}) für einen Firmenabsender`,
    en: `a free-mail or throwaway address (${m!.baseDomain}) for a company sender`,
  }),
  lookalike: (m, from) => ({
    de: `die Domain ${m!.baseDomain} sieht der Absenderdomain ${from} zum Verwechseln ähnlich`,
    en: `the domain ${m!.baseDomain} looks confusingly like the From domain ${from}`,
  }),
  'display-name': (m) => ({
    de: `der Anzeigename „${cutShown(m!.displayName ?? '')}“ nennt eine andere Adresse oder Domain`,
    en: `the display name "${cutShown(m!.displayName ?? '')}" names another address or domain`,
  }),
  unrelated: (m, from) => ({
    de: `${m!.baseDomain} ist eine andere Domain als ${from}`,
    en: `${m!.baseDomain} is another domain than ${from}`,
  }),
  related: () => ({ de: '–', en: '–' }),
};

interface JudgeContext {
  readonly from: Mailbox | null;
  readonly fromFree: boolean;
  readonly own: readonly string[];
  /** Registrable domains counted as related besides From and own domains (the List-Id's). */
  readonly listBases: readonly string[];
  /** Org labels of the From and own domains, for look-alikes. */
  readonly labels: readonly string[];
}

const judgeHeader = (input: string | undefined, ctx: JudgeContext): { facts: RelatedHeaderFacts; cut: boolean } => {
  const h = parseMailboxHeader(input);
  const fromBase = ctx.from?.baseDomain ?? null;
  const unrelatedDomains: string[] = [];
  const concealingDomains: string[] = [];
  let worst: Mailbox | null = null;
  let worstRank = -1;
  let signal: ConcealmentSignal | null = null;
  const unreadable = h.present && !h.readable;
  for (const m of h.mailboxes) {
    const related = m.baseDomain === fromBase || isOwn(m.domain, ctx.own) || ctx.listBases.includes(m.baseDomain);
    let s: ConcealmentSignal | null = null;
    if (!related) {
      const label = orgLabel(m.baseDomain);
      const inName = m.displayName ? nameTokens(m.displayName).domain : null;
      const inNameBase = inName ? (getDomain(inName) ?? inName) : null;
      if (!ctx.fromFree && (FREE_MAIL.has(m.baseDomain) || DISPOSABLE_DOMAINS.has(m.baseDomain))) s = 'free-mail';
      else if (ctx.labels.some((l) => looksLike(label, l))) s = 'lookalike';
      else if (inNameBase !== null && inNameBase !== m.baseDomain) s = 'display-name';
      (s ? concealingDomains : unrelatedDomains).push(m.baseDomain);
    }
    const rank = s ? 2 : related ? 0 : 1;
    if (rank > worstRank) {
      worst = m;
      worstRank = rank;
      signal = s;
    }
  }
  if (unreadable && signal === null) signal = 'unreadable';
  const fromShown = ctx.from?.baseDomain ?? '–';
  const reason = REASONS[signal ?? (worstRank === 1 ? 'unrelated' : 'related')](worst, fromShown);
  return {
    cut: h.cut,
    facts: {
      present: h.present,
      readable: h.readable,
      addresses: h.mailboxes,
      unrelatedDomains: [...new Set(unrelatedDomains)],
      concealingDomains: [...new Set(concealingDomains)],
      unreadable,
      worst,
      signal,
      reason,
      shown: worst?.address ?? cutShown(input ?? ''),
    },
  };
};

/** The registrable domain of a List-Id (RFC 2919: "Name <list-id.domain>"), or null. */
const listIdBase = (value: string | undefined): string | null => {
  if (!value) return null;
  const open = value.lastIndexOf('<');
  const close = value.lastIndexOf('>');
  const id = (open >= 0 && close > open ? value.slice(open + 1, close) : value).trim();
  if (id.length === 0 || id.length > 255) return null;
  const host = toAsciiDomain(id);
  return getDomain(host, { allowPrivateDomains: true });
};

export const analyzeSender = (message: Message, account: Account): SenderFacts => {
  const own = account.senderDomains.map(toAsciiDomain);
  const fromHeader = parseMailboxHeader(message.from);
  const fromAddresses = fromHeader.mailboxes;
  const single = fromHeader.readable && fromAddresses.length === 1 ? fromAddresses[0]! : null;
  // Cut but salvaged to exactly one address: judged as that address (its display name is lost).
  const from = single ?? (fromHeader.cut && fromAddresses.length === 1 ? fromAddresses[0]! : null);
  const notOwn = fromAddresses.find((m) => !isOwn(m.domain, own));
  const judged = notOwn ?? fromAddresses[0] ?? null;
  const ownDomain = own.length === 0 ? null : fromAddresses.length > 0 && notOwn === undefined;
  const fromFree = fromAddresses.some((m) => FREE_MAIL.has(m.baseDomain));
  const listBase = listIdBase(headerValues(message, 'list-id')[0]);
  const ctx: JudgeContext = {
    from: judged,
    fromFree,
    own,
    listBases: listBase ? [listBase] : [],
    labels: [...new Set([...fromAddresses.map((m) => orgLabel(m.baseDomain)), ...own.map((d) => orgLabel(getDomain(d) ?? d))])],
  };
  const replyTo = judgeHeader(message.replyTo, ctx);
  const sender = judgeHeader(message.sender, ctx);
  const related = (h: RelatedHeaderFacts): boolean | null =>
    !h.present || judged === null ? (h.present && h.unreadable ? false : null) : h.unrelatedDomains.length === 0 && h.concealingDomains.length === 0 && !h.unreadable;
  const inName = from?.displayName ? nameTokens(from.displayName) : { domain: null, address: null };
  const nameDomain = inName.domain;
  const nameBase = nameDomain ? (getDomain(nameDomain) ?? nameDomain) : null;
  const cutHeaders: ('from' | 'reply-to' | 'sender')[] = [];
  if (fromHeader.cut) cutHeaders.push('from');
  if (replyTo.cut) cutHeaders.push('reply-to');
  if (sender.cut) cutHeaders.push('sender');
  return {
    valid: single !== null || (fromHeader.cut && from !== null),
    from,
    fromAddresses,
    fromDomain: judged?.domain ?? null,
    fromShown: judged?.address ?? cutShown(message.from),
    hasDisplayName: Boolean(from?.displayName),
    displayNameImpersonates:
      from !== null && nameBase !== null && nameBase !== from.baseDomain && !isOwn(nameDomain!, own),
    displayNameDomain: nameDomain,
    displayNameAddress: inName.address,
    ownDomain,
    freeMail: from !== null && FREE_MAIL.has(from.baseDomain),
    randomLocalPart: from !== null && looksRandom(from.localPart),
    replyTo: replyTo.facts.worst,
    replyToRelated: related(replyTo.facts),
    replyToIdentity: replyTo.facts,
    sender: sender.facts.worst,
    senderRelated: related(sender.facts),
    senderIdentity: sender.facts,
    cutHeaders,
  };
};
