/** Pure ASCII: NFKD and the replacements below leave it as it is, so lower-casing is the whole fold. */
const isAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
};

/**
 * Lower-cases and strips accents (é → e, ß → ss, ä → a), so word lists can be written once
 * in ASCII and matched with plain substring search: no regular expression on untrusted text.
 */
export const fold = (s: string): string =>
  isAscii(s)
    ? s.toLowerCase()
    : s
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/\u00df/g, 'ss')
        .replace(/[\u2018\u2019\u02bc\u00b4]/g, "'"); // typographic apostrophes: don’t → don't

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const isWordChar = (c: string | undefined): boolean => c !== undefined && LETTER_OR_DIGIT.test(c);

/** isWordChar of text[i], without a regex for ASCII. */
const isWordCharAt = (text: string, i: number): boolean => {
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return LETTER_OR_DIGIT.test(text[i]!);
};

/**
 * True when `word` occurs in `text` starting at a word boundary (the character before it is not
 * a letter or digit). With `whole`, it must also end at one. Linear: one indexOf walk.
 */
export const hasWord = (text: string, word: string, whole = false): boolean => {
  let from = 0;
  for (;;) {
    const i = text.indexOf(word, from);
    if (i < 0) return false;
    if (!isWordChar(text[i - 1]) && (!whole || !isWordChar(text[i + word.length]))) return true;
    from = i + 1;
  }
};

/**
 * `(text) => words.some((w) => hasWord(text, w))` for a fixed word list, in one walk over the
 * text: at each word start only the words beginning with the next two characters are compared
 * (a list of a hundred phrases costs one scan, not a hundred).
 */
export const wordMatcher = (words: readonly string[]): ((text: string) => boolean) => {
  const byPrefix = new Map<number, string[]>();
  const single = new Set<number>();
  for (const w of words) {
    if (w.length === 0) return () => true; // the empty word occurs at the start of any text
    if (w.length === 1) {
      single.add(w.charCodeAt(0));
      continue;
    }
    const key = w.charCodeAt(0) * 0x10000 + w.charCodeAt(1);
    const list = byPrefix.get(key);
    if (list) list.push(w);
    else byPrefix.set(key, [w]);
  }
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      if (isWordCharAt(text, i - 1)) continue;
      const c = text.charCodeAt(i);
      if (single.has(c)) return true;
      const list = i + 1 < text.length ? byPrefix.get(c * 0x10000 + text.charCodeAt(i + 1)) : undefined;
      if (list) for (const w of list) if (text.startsWith(w, i)) return true;
    }
    return false;
  };
};

/** Collapses runs of whitespace to one space and trims. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
