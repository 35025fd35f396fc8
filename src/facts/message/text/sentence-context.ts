// The "immediate context" of a link: the words of its own sentence right before and after it.
// Plain character scans, linear in the window size.
import { isBlock } from '../html/block-elements.js';

const WINDOW = 200;
// Character codes, not one-character strings: `text[i]` of a rope (the HTML's raw text is built by
// concatenation) or of a two-byte string costs a lookup or an allocation per character.
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0;
const isTerminator = (c: number): boolean => c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */;
const PARAGRAPH = 0x2029;
const NEWLINE = 10;

const LT = 60; // <
const GT = 62; // >
/** Longest tag name read (mj-accordion-element is 20). */
const MAX_TAG_NAME = 24;

/**
 * Whether a block element's tag starts at `i` (`<BR>`, `<br/>`, `</P>`, `<p align=center>`,
 * `</DIV>`, any case): `<`, an optional `/`, a block element's name (the HTML reader's list), then
 * `>`, `/` or a space. A text part sometimes carries HTML written as text; the markup that ends a
 * block in an HTML part (U+2029 there) ends the sentence context here as a blank line does, so
 * "…CLICK HERE</A><BR>\n<BR> To be Removed…" gives the link before it no opt-out words.
 * At most MAX_TAG_NAME + 2 characters read.
 */
const blockTagAt = (text: string, i: number): boolean => {
  let j = i + 1;
  if (text.charCodeAt(j) === 47 /* / */) j++;
  const from = j;
  let name = '';
  for (; j < text.length && j - from <= MAX_TAG_NAME; j++) {
    const c = text.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 /* - */) name += text[j];
    else if (c >= 65 && c <= 90) name += String.fromCharCode(c + 32);
    else break;
  }
  if (name === '' || j - from > MAX_TAG_NAME) return false;
  const next = text.charCodeAt(j);
  return (next === GT || next === 47 || next === 32 || next === 10 || next === 9 || next === 13 || next === 12) && isBlock(name);
};

/**
 * The part of the current sentence before `start`: trailing whitespace is dropped first (a URL
 * may stand on its own line below its lead-in), then the text is cut at the last sentence end
 * (. ! ? followed by whitespace or ending the text), blank line, block boundary (\u2029) or
 * block element tag written as text (after its `>`; see blockTagAt), and never reaching before
 * `floor` (the end of the previous link: its words are its own).
 */
export const sentenceBefore = (text: string, start: number, floor = 0): string => {
  let end = start;
  while (end > floor && isSpace(text.charCodeAt(end - 1))) end--;
  const from = Math.max(floor, end - WINDOW);
  let cut = from;
  let leadIn = false;
  let gt = end; // the nearest > after i seen so far: where a tag starting at i ends
  for (let i = end - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === PARAGRAPH) { cut = i + 1; break; }
    if (c === GT) gt = i;
    if (c === LT && blockTagAt(text, i)) { cut = gt < end ? gt + 1 : end; break; }
    // A question or exclamation right before the link is its lead-in ("Keine Lust mehr? Hier abmelden").
    if ((c === 63 || c === 33) && i >= end - 2) continue;
    if (isTerminator(c) && (i === end - 1 || isSpace(text.charCodeAt(i + 1)))) {
      // So is a question before a short call to click that holds the link ("Sie möchten keine News
      // mehr erhalten? Klicken Sie bitte [hier]."): the call has no subject of its own. Once only.
      if (c === 63 && !leadIn && wordsIn(text, i + 1, end) <= LEAD_IN_CALL_WORDS) { leadIn = true; continue; }
      cut = i + 1;
      break;
    }
    if (c === NEWLINE && i > from && text.charCodeAt(i - 1) === NEWLINE) { cut = i + 1; break; }
  }
  return text.slice(cut, end).trim();
};

/** The most words a call to click may have to take the question before it as its lead-in ("Then click here to"). */
const LEAD_IN_CALL_WORDS = 4;

/** The number of whitespace-separated words in text[from, to). */
const wordsIn = (text: string, from: number, to: number): number => {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};

/** A lower-case letter: a line that starts with one continues the sentence above it. */
const isLowerAt = (text: string, i: number): boolean => {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 97 && c <= 122;
  const ch = text[i]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
};

/**
 * Where the words after a link that ends its line begin: a link followed (after spaces) by a line
 * break is the end of its line, and the next line continues its sentence only when it starts with
 * a lower-case letter ("…\nto unsubscribe."); "View online: URL\nUnsubscribe: URL" gives the
 * first URL nothing. -1 when the next line is not its context.
 */
const continuationFrom = (text: string, end: number, to: number): number => {
  let i = end;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i++;
  if (i >= to || text.charCodeAt(i) !== NEWLINE) return end;
  i++;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i < to && isLowerAt(text, i) ? end : -1;
};

/**
 * The rest of the current sentence after `end`, up to a sentence end, blank line, block boundary,
 * block element tag written as text (blockTagAt) or `ceiling`; nothing when the link ends its line
 * and the next line starts a new one.
 */
export const sentenceAfter = (text: string, end: number, ceiling = text.length): string => {
  const to = Math.min(ceiling, end + WINDOW);
  if (continuationFrom(text, end, to) < 0) return '';
  let i = end;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === PARAGRAPH || (c === LT && blockTagAt(text, i))) break;
    if (isTerminator(c) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)))) { i++; break; }
    if (c === NEWLINE && text.charCodeAt(i + 1) === NEWLINE) break;
  }
  return text.slice(end, i).trim();
};
