import type { BodyFacts } from '../analyze-body.js';
import { fold, substringMatcher, wordMatcher } from '../text/word-matcher.js';
import { isControl, tagNames } from '../text/find-merge-tags.js';
import { findImprintBlock, findImprintSignals, type ImprintSignal } from './imprint-signals.js';

export interface ImprintFacts {
  readonly present: boolean;
  readonly via: 'link' | 'text' | null;
  /** The imprint link's href, when found by link. */
  readonly link: string | null;
  /** The merge tag standing for the sender's address (*|LIST:ADDRESS|*), when found by that. */
  readonly placeholder: string | null;
  /** What made the text count: the two nearby signals of one identification block. */
  readonly block: readonly ImprintSignal[];
  /** Every imprint signal seen in the visible text, as `kind: match` (for evidence and debugging). */
  readonly signals: readonly string[];
}

/** Link texts of an imprint / legal notice page (folded, matched at word starts). */
const LINK_WORDS = [
  'impressum', 'imprint', 'legal notice', 'legal notices', 'legal information', 'site notice', 'anbieterkennzeichnung',
  'rechtliche hinweise', 'mentions legales', 'informations legales', 'aviso legal', 'nota legal', 'note legali',
  'colofon', 'informacje prawne', 'informacoes legais', 'juridische informatie',
];
/** The same as they appear in URLs and template identifiers. */
const LINK_STEMS = ['impressum', 'imprint', 'legal-notice', 'legal_notice', 'legalnotice', 'mentions-legales', 'mentions_legales', 'mentionslegales', 'aviso-legal', 'aviso_legal', 'colofon', 'note-legali'];

/**
 * Merge tags that print the sender's postal address (Mailchimp *|HTML:LIST_ADDRESS_HTML|*,
 * SendGrid [Sender_Address], {{ company.address }}). The name must say whose address it is:
 * {{ address }} or {{ order.shippingAddress }} in an order mail is the customer's, not the sender's.
 */
const ADDRESS_TAG = ['address', 'adresse', 'anschrift', 'postal'];
const SENDER_SIDE = [
  'list', 'sender', 'company', 'firma', 'unternehmen', 'shop', 'store', 'org', 'business', 'physical', 'postal', 'mailing',
  'office', 'site_settings', 'anbieter', 'absender', 'brand', 'merchant', 'footer',
];
const NOT_ADDRESS_TAG = ['email', 'e-mail', 'e_mail', 'mail_', 'ip_', 'ipaddress', 'url', 'link', 'web', 'shipping', 'billing', 'delivery', 'liefer', 'rechnung', 'customer', 'kunde'];
const IMPRINT_TAG = ['impressum', 'imprint'];

const imprintWording = wordMatcher(LINK_WORDS);
const saysImprint = (text: string): boolean => imprintWording(fold(text));

const hasImprintStem = substringMatcher(LINK_STEMS);
/** The stems (plain lower-case ASCII) in an ASCII href, any case: the same as lower-casing it first, without the copy. */
const IMPRINT_STEM_ASCII = new RegExp(LINK_STEMS.join('|'), 'i');
const NON_ASCII = /[^\x00-\x7f]/;
const hrefNamesImprint = (href: string): boolean =>
  NON_ASCII.test(href) ? hasImprintStem(href.toLowerCase()) : IMPRINT_STEM_ASCII.test(href);

export const analyzeImprint = (body: BodyFacts): ImprintFacts => {
  const signalsFound = findImprintSignals(body.visibleText);
  const signals = signalsFound.map((s) => `${s.kind}: ${s.match}`);
  const none = { link: null, placeholder: null, block: [] as ImprintSignal[], signals };
  // A link without a target (href="" or "#") leads nowhere; a template expression does, at render time.
  const link = body.anchors.find(
    (a) => a.href && a.href !== '#' && (saysImprint(`${a.text} ${a.title} ${a.ariaLabel}`) || hrefNamesImprint(a.href)),
  );
  if (link) return { ...none, present: true, via: 'link', link: link.href };
  const tag = body.mergeTags.find((t) => {
    if (isControl(t)) return false;
    const n = fold(tagNames(t));
    if (NOT_ADDRESS_TAG.some((w) => n.includes(w))) return false;
    return IMPRINT_TAG.some((w) => n.includes(w)) || (ADDRESS_TAG.some((w) => n.includes(w)) && SENDER_SIDE.some((w) => n.includes(w)));
  });
  if (tag) return { ...none, present: true, via: 'text', placeholder: tag.raw };
  const block = findImprintBlock(signalsFound);
  return block ? { ...none, present: true, via: 'text', block } : { ...none, present: false, via: null };
};
