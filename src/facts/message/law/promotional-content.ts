// Advertising inside mail that is not sent as advertising: an order confirmation that also
// offers a discount, recommends products or asks for a rating. BGH VI ZR 225/17 (10 Jul 2018):
// a customer-satisfaction survey in an invoice e-mail is advertising; without consent (or the
// complete § 7(3) UWG exception) it is unlawful. In a DOI confirmation the same content makes the
// confirmation itself advertising (OLG München 29 U 1682/12; OLG Celle 13 U 15/14 accepts the
// mail only without it). Pure: word lists over the folded subject and visible text.
import { fold, hasWord, squash } from '../text/word-matcher.js';

export interface PromotionFacts {
  /** The message carries promotional content (an offer, a recommendation, a rating or survey request). */
  readonly present: boolean;
  /** The words that counted (folded), at most five. */
  readonly signals: readonly string[];
}

/** Offers and calls to buy (folded: ä → a, ß → ss), matched at word starts. */
const OFFER = [
  'rabatt', 'gutschein', 'gutscheincode', 'sonderangebot', 'angebot des', 'angebote', 'jetzt kaufen', 'jetzt bestellen', 'jetzt shoppen',
  'jetzt zugreifen', 'nur heute', 'reduziert', 'prozent auf', 'versandkostenfrei', 'black friday', 'cyber monday', 'sale', 'gratis dazu',
  'discount', 'coupon', 'voucher', 'promo code', 'special offer', 'shop now', 'buy now', 'order now', 'limited time', '% off', 'free shipping',
];
/** Recommendations of further goods. */
const RECOMMENDATION = [
  'das konnte ihnen auch gefallen', 'das konnte dir auch gefallen', 'passend dazu', 'empfehlungen fur sie', 'unsere empfehlung', 'kunden kauften auch',
  'entdecken sie unsere', 'entdecke unsere', 'neu im sortiment', 'you may also like', 'recommended for you', 'customers also bought', 'discover our',
];
/** Requests for ratings, reviews and surveys: advertising per BGH VI ZR 225/17. */
const SURVEY = [
  'bewerten sie', 'bewerte uns', 'bewertung abgeben', 'ihre meinung', 'wie zufrieden', 'zufriedenheit', 'umfrage', 'kundenbefragung',
  'weiterempfehlen', 'rate us', 'rate your', 'leave a review', 'write a review', 'how satisfied', 'survey', 'feedback geben',
];
/** Caller-declared content labels that mean advertising. */
const LABELS = new Set(['advertising', 'advertisement', 'promotion', 'promotional', 'marketing', 'werbung', 'offer', 'survey']);

const LISTS = [OFFER, RECOMMENDATION, SURVEY];

/** Promotional content of a message: its subject, its visible text and its declared content labels. Pure. */
export const findPromotion = (subject: string, visibleText: string, contentLabels: readonly string[] = []): PromotionFacts => {
  const text = fold(squash(`${subject}\n${visibleText}`.replace(/\u2029/g, ' ')));
  const signals: string[] = contentLabels.filter((l) => LABELS.has(l.toLowerCase())).map((l) => `label: ${l}`);
  for (const list of LISTS) {
    for (const w of list) {
      if (signals.length >= 5) break;
      // "% off" starts with a non-word character: a plain substring test.
      if (w.startsWith('%') ? text.includes(w) : hasWord(text, w)) signals.push(w);
    }
  }
  return { present: signals.length > 0, signals };
};
