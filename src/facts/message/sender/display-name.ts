import type { FactDefinition } from '../../types.js';
import { fold } from '../text/word-matcher.js';
import { toUnicodeDomain } from './domain-name.js';

export interface DisplayNameFacts {
  /** The From display name, or null. */
  readonly name: string | null;
  /**
   * Words of the display name (lower-cased, accents folded, 3+ characters) that do not occur in
   * the From domain: "PayPal Service" <info@shop.example> → ['paypal', 'service']. A rule compares
   * them with a list of names others pose as (P3); the customer's own brand, being in its domain,
   * never counts.
   */
  readonly foreignWords: readonly string[];
  /**
   * The name is the From domain's own organisation on a declared sending domain (P3): the From
   * is on account.senderDomains and a distinctive word of the name (four or more letters, not a
   * generic word such as "service" or "newsletter") is part of the domain, or the initials of
   * its words spell the domain's name. "Volksbank Mittelhessen eG" <info@vb-mittelhessen.de>,
   * "Gewerkschaft der Polizei" <newsletter@gdp.de>. A name of the impersonation list in such a
   * name is the organisation's own, not a false identity.
   */
  readonly ownOrganisation: boolean;
}

// Splitting on one character class is linear: no nested quantifier, nothing to backtrack.
const NON_WORD = /[^a-z0-9]+/;

// Words that say what a mail is or who answers it, not whose it is: they never tie a name to a domain.
const GENERIC = new Set([
  'service', 'kundenservice', 'support', 'team', 'info', 'infos', 'news', 'newsletter', 'mail', 'email', 'shop', 'store',
  'online', 'kontakt', 'contact', 'sicherheit', 'security', 'konto', 'account', 'kunden', 'kundencenter', 'versand',
  'paket', 'pakete', 'gmbh', 'mbh', 'noreply', 'reply', 'hilfe', 'help', 'official', 'offiziell', 'deutschland', 'germany',
]);

/** The organisation's name part of a domain: the labels left of the public suffix, folded, without separators. */
const domainWord = (domain: string, baseDomain: string): string => {
  const suffixLength = baseDomain.length - baseDomain.indexOf('.');
  const name = domain.slice(0, Math.max(0, domain.length - suffixLength));
  return fold(toUnicodeDomain(name)).replace(/[^a-z0-9]/g, '');
};

export const displayName: FactDefinition<DisplayNameFacts> = {
  name: 'displayName',
  scope: 'message',
  description: "The From display name's words that are not part of the From domain, for names posing as another organisation (P3).",
  compute: ({ messageFacts }) => {
    const from = messageFacts.sender.from;
    const name = from?.displayName ?? null;
    if (!from || !name) return { name, foreignWords: [], ownOrganisation: false };
    const domain = fold(toUnicodeDomain(from.domain)).replace(/[^a-z0-9]/g, '');
    const words = fold(name.length > 320 ? name.slice(0, 320) : name).split(NON_WORD).filter((w) => w.length > 0);
    const foreignWords = [...new Set(words.filter((w) => w.length >= 3 && !domain.includes(w)))];
    const own = domainWord(from.domain, from.baseDomain);
    const initials = words.map((w) => w[0]).join('');
    const ownOrganisation =
      messageFacts.sender.ownDomain === true &&
      own.length > 0 &&
      (words.some((w) => w.length >= 4 && !GENERIC.has(w) && own.includes(w)) || (initials.length >= 2 && own === initials) ||
        words.some((w) => w.length >= 2 && w === own));
    return { name, foreignWords, ownOrganisation };
  },
};
