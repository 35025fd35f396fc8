import type { FactDefinition } from '../../types.js';
import { fold } from '../text/word-matcher.js';

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
}

// Splitting on one character class is linear: no nested quantifier, nothing to backtrack.
const NON_WORD = /[^a-z0-9]+/;

export const displayName: FactDefinition<DisplayNameFacts> = {
  name: 'displayName',
  scope: 'message',
  description: "The From display name's words that are not part of the From domain, for names posing as another organisation (P3).",
  compute: ({ messageFacts }) => {
    const from = messageFacts.sender.from;
    const name = from?.displayName ?? null;
    if (!from || !name) return { name, foreignWords: [] };
    const domain = from.domain.replace(/[^a-z0-9]/g, '');
    const words = fold(name.length > 320 ? name.slice(0, 320) : name).split(NON_WORD);
    const foreignWords = [...new Set(words.filter((w) => w.length >= 3 && !domain.includes(w)))];
    return { name, foreignWords };
  },
};
