import type { BodyFacts } from '../analyze-body.js';
import { fold, substringMatcher, wordMatcher } from '../text/word-matcher.js';
import { isControl, tagNames, type MergeTag } from '../text/find-merge-tags.js';
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
const ADDRESS_TAG = ['address', 'adresse', 'anschrift', 'postal', 'strasse', 'street', 'plz', 'postcode', 'zip', 'city'];
/** Whose address: the list's, the company's, or the shop's configuration (config('core.basicInformation.address')). */
const SENDER_SIDE = [
  'list', 'sender', 'company', 'firma', 'unternehmen', 'shop', 'store', 'org', 'business', 'physical', 'postal', 'mailing',
  'office', 'settings', 'anbieter', 'absender', 'brand', 'merchant', 'footer', 'config', 'basicinformation',
];
/**
 * Labels of the sender's address at the start of a line ("Adresse: {{ address }}", "Our mailing
 * address is:" on the line above): an address variable there is the sender's. "Ihre Adresse:"
 * or "Lieferadresse:" are no such label (the label must start the line, at a word start).
 */
const ADDRESS_LABELS = new Set([
  'adresse', 'address', 'anschrift', 'postanschrift', 'firmenanschrift', 'firmensitz', 'sitz', 'our address', 'our mailing address is',
  'our mailing address', 'mailing address', 'postal address', 'indirizzo', 'direccion', 'adres', 'endereco', 'adresa', 'adress',
]);
const NOT_ADDRESS_TAG = ['email', 'e-mail', 'e_mail', 'mail_', 'ip_', 'ipaddress', 'url', 'link', 'web', 'shipping', 'billing', 'delivery', 'liefer', 'rechnung', 'customer', 'kunde'];
/** The sender's identification as one tag (ActiveCampaign %SENDER-INFO%, EmailOctopus {{SenderInfo}}). */
const IMPRINT_TAG = ['impressum', 'imprint', 'sender-info', 'sender_info', 'senderinfo'];

const imprintWording = wordMatcher(LINK_WORDS);
const saysImprint = (text: string): boolean => imprintWording(fold(text));

const hasImprintStem = substringMatcher(LINK_STEMS);
/** The stems (plain lower-case ASCII) in an ASCII href, any case: the same as lower-casing it first, without the copy. */
const IMPRINT_STEM_ASCII = new RegExp(LINK_STEMS.join('|'), 'i');
const NON_ASCII = /[^\x00-\x7f]/;
const hrefNamesImprint = (href: string): boolean =>
  NON_ASCII.test(href) ? hasImprintStem(href.toLowerCase()) : IMPRINT_STEM_ASCII.test(href);

/** The label before `at` in `text`: the words on its line before it, or the line above when none. */
const labelBefore = (text: string, at: number): string => {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let label = text.slice(lineStart, at).trim();
  if (!label && lineStart > 0) label = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trim();
  return fold(label.slice(-40)).replace(/[\s:]+$/, '');
};

/** The address tag stands on a line labelled with the sender's address. */
const labelledAsSenderAddress = (tag: MergeTag, visibleText: string): boolean => {
  const at = visibleText.indexOf(tag.raw);
  return at >= 0 && ADDRESS_LABELS.has(labelBefore(visibleText, at));
};

/** A bare URL that leads to an imprint: its lead-in says so ("Impressum: …"), or its path names one. */
const findImprintTextLink = (links: BodyFacts['textLinks']): BodyFacts['textLinks'][number] | undefined =>
  links.find((l) => l.type === 'url' && (saysImprint(l.context) || hrefNamesImprint(l.href)));

export const analyzeImprint = (body: BodyFacts): ImprintFacts => {
  const signalsFound = findImprintSignals(body.visibleText);
  const signals = signalsFound.map((s) => `${s.kind}: ${s.match}`);
  const none = { link: null, placeholder: null, block: [] as ImprintSignal[], signals };
  // A link without a target (href="" or "#") leads nowhere; a template expression does, at render time.
  const link = body.anchors.find(
    (a) => a.href && a.href !== '#' && (saysImprint(`${a.text} ${a.title} ${a.ariaLabel}`) || hrefNamesImprint(a.href)),
  );
  if (link) return { ...none, present: true, via: 'link', link: link.href };
  // A link written as text counts as well ("Impressum: https://…" in a text part): the policy asks
  // for "Impressum (Link oder Text)", and a plain-text mail has no anchors.
  const textLink = findImprintTextLink(body.textLinks) ?? findImprintTextLink(body.htmlTextLinks);
  if (textLink) return { ...none, present: true, via: 'link', link: textLink.href };
  const tag = body.mergeTags.find((t) => {
    if (isControl(t)) return false;
    const n = fold(tagNames(t));
    if (NOT_ADDRESS_TAG.some((w) => n.includes(w))) return false;
    if (IMPRINT_TAG.some((w) => n.includes(w))) return true;
    if (!ADDRESS_TAG.some((w) => n.includes(w))) return false;
    return SENDER_SIDE.some((w) => n.includes(w)) || labelledAsSenderAddress(t, body.visibleText);
  });
  if (tag) return { ...none, present: true, via: 'text', placeholder: tag.raw };
  const block = findImprintBlock(signalsFound, body.visibleText);
  return block ? { ...none, present: true, via: 'text', block } : { ...none, present: false, via: null };
};
