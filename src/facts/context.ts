// The "immediate context" of a link: the words of its own sentence right before and after it.
// Plain character scans, linear in the window size.

const WINDOW = 200;
const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0';
const isTerminator = (c: string): boolean => c === '.' || c === '!' || c === '?';

/**
 * The part of the current sentence before `start`: trailing whitespace is dropped first (a URL
 * may stand on its own line below its lead-in), then the text is cut at the last sentence end
 * (. ! ? followed by whitespace or ending the text), blank line, or block boundary (\u2029),
 * and never reaching before `floor` (the end of the previous link: its words are its own).
 */
export const sentenceBefore = (text: string, start: number, floor = 0): string => {
  let end = start;
  while (end > floor && isSpace(text[end - 1]!)) end--;
  const from = Math.max(floor, end - WINDOW);
  let cut = from;
  for (let i = end - 1; i >= from; i--) {
    const c = text[i]!;
    if (c === '\u2029') { cut = i + 1; break; }
    // A question or exclamation right before the link is its lead-in ("Keine Lust mehr? Hier abmelden").
    if ((c === '?' || c === '!') && i >= end - 2) continue;
    if (isTerminator(c) && (i === end - 1 || isSpace(text[i + 1]!))) { cut = i + 1; break; }
    if (c === '\n' && i > from && text[i - 1] === '\n') { cut = i + 1; break; }
  }
  return text.slice(cut, end).trim();
};

/** The rest of the current sentence after `end`, up to a sentence end, blank line, block boundary or `ceiling`. */
export const sentenceAfter = (text: string, end: number, ceiling = text.length): string => {
  const to = Math.min(ceiling, end + WINDOW);
  let i = end;
  for (; i < to; i++) {
    const c = text[i]!;
    if (c === '\u2029') break;
    if (isTerminator(c) && (i + 1 >= text.length || isSpace(text[i + 1]!))) { i++; break; }
    if (c === '\n' && text[i + 1] === '\n') break;
  }
  return text.slice(end, i).trim();
};
