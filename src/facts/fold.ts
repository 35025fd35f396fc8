/**
 * Lower-cases and strips accents (é → e, ß → ss, ä → a), so word lists can be written once
 * in ASCII and matched with plain substring search: no regular expression on untrusted text.
 */
export const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u00df/g, 'ss')
    .replace(/[\u2018\u2019\u02bc\u00b4]/g, "'"); // typographic apostrophes: don’t → don't

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

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

/** Collapses runs of whitespace to one space and trims. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
