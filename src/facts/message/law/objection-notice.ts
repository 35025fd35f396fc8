// UWG § 7(3) Nr. 4: an existing customer must be told, "bei jeder Verwendung", that they can
// object at any time without costs beyond the transmission costs at basic rates. The notice is
// three statements in one passage: an objection (or unsubscribe) verb, "at any time", and the
// cost. A bare "Abmelden" link is no such notice (OLG Jena 2 U 88/10: all conditions cumulative).
import { fold, hasWord, squash } from '../text/word-matcher.js';

export interface ObjectionNoticeFacts {
  /** The message tells the recipient they may object at any time at no cost beyond basic transmission costs. */
  readonly present: boolean;
  /** The passage that counted (folded, at most 240 characters), for evidence. */
  readonly wording: string | null;
  /** What a near miss lacked: the passages that name the objection but not the time or the cost. */
  readonly lacking: readonly ('any-time' | 'cost')[];
}

/** Verbs and nouns of objecting or unsubscribing (folded: ü → u, ß → ss), matched at word starts. */
const OBJECTION = [
  'widersprech', 'widerspruch', 'widerrufen', 'widerruf', 'abmelden', 'abmeldung', 'abbestellen', 'austragen',
  'object', 'opt out', 'opt-out', 'unsubscribe', 'withdraw',
];
/** "At any time". */
const ANY_TIME = ['jederzeit', 'at any time', 'any time', 'anytime'];
/** The cost statement: no costs beyond transmission at basic rates, or plainly free of charge. */
const COST = [
  'basistarif', 'ubermittlungskosten', 'kostenlos', 'kostenfrei', 'unentgeltlich', 'ohne zusatzliche kosten', 'ohne weitere kosten',
  'keine kosten', 'keine anderen kosten', 'keine weiteren kosten', 'no cost', 'no costs', 'free of charge', 'without charge', 'at no charge',
  'transmission costs', 'transmission cost', 'basic rate', 'basic rates', 'basic tariff', 'no additional cost', 'no other costs', 'no costs other than',
];

/** How far around an objection word the time and cost statements may stand (about two sentences). */
const BEFORE = 200;
const AFTER = 320;

const WORD_CHAR = /[\p{L}\p{N}]/u;

const anyOf = (text: string, words: readonly string[]): boolean => words.some((w) => hasWord(text, w));

/** Finds the objection notice in a message's visible text (HTML text and text part). Pure; linear in the text per word. */
export const findObjectionNotice = (visibleText: string): ObjectionNoticeFacts => {
  const text = fold(squash(visibleText.replace(/\u2029/g, ' ')));
  let noTime = false;
  let noCost = false;
  for (const word of OBJECTION) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(word, from);
      if (i < 0) break;
      from = i + word.length;
      if (i > 0 && WORD_CHAR.test(text[i - 1]!)) continue;
      const passage = text.slice(Math.max(0, i - BEFORE), i + AFTER);
      const time = anyOf(passage, ANY_TIME);
      const cost = anyOf(passage, COST);
      if (time && cost) return { present: true, wording: passage.trim().slice(0, 240), lacking: [] };
      noTime ||= !time;
      noCost ||= !cost;
    }
  }
  const lacking: ('any-time' | 'cost')[] = [];
  if (noTime) lacking.push('any-time');
  if (noCost) lacking.push('cost');
  return { present: false, wording: null, lacking };
};
