/** The fold of a whole string, by the definition. */
const foldSlow = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u00df/g, 'ss')
    .replace(/[\u2018\u2019\u02bc\u00b4]/g, "'"); // typographic apostrophes: don’t → don't

const NON_ASCII = /[^\x00-\x7f]/;

/** The fold of each character from `from` to `to` (exclusive) alone, by the definition. */
const foldsOf = (from: number, to: number): readonly string[] => {
  const folds: string[] = [];
  for (let c = from; c < to; c++) folds.push(foldSlow(String.fromCharCode(c)));
  return folds;
};

/**
 * The folds of Latin-1 and Latin Extended-A (U+0080–U+017F), general punctuation (U+2000–U+206F)
 * and €, each character alone, by the definition (built once; about 0.3 ms). For a lower-cased
 * string of these and ASCII characters, the fold is the folds of its characters one after the
 * other: each of them is a starter whose decomposition's marks stay with it (NFKD reorders marks
 * only up to the next starter), and the other steps replace single characters.
 * word-matcher.test.ts checks every pair against the definition.
 */
const LATIN_FOLDS = foldsOf(0x80, 0x180);
const PUNCTUATION_FOLDS = foldsOf(0x2000, 0x2070);
const EURO_FOLD = foldSlow('\u20ac');

/** The fold of the non-ASCII character `c` from the tables, or undefined when it is not in them. */
const foldedChar = (c: number): string | undefined =>
  c < 0x180 ? LATIN_FOLDS[c - 0x80] : c >= 0x2000 && c < 0x2070 ? PUNCTUATION_FOLDS[c - 0x2000] : c === 0x20ac ? EURO_FOLD : undefined;

/**
 * Lower-cases and strips accents (é → e, ß → ss, ä → a), so word lists can be written once
 * in ASCII and matched with plain substring search: no regular expression on untrusted text.
 * ASCII needs lower-casing only (NFKD and the replacements leave it as it is); the regex
 * engine's native scan finds out faster than a loop over the characters. Text whose lower case
 * has only ASCII and table characters (German, French … prose) is folded character by character
 * from the tables, without normalizing it (a call of normalize costs about 1.5 µs, more than the
 * short link texts and contexts folded here); anything else by the definition.
 */
export const fold = (s: string): string => {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  const lower = s.toLowerCase();
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80) continue;
    const folded = foldedChar(c);
    if (folded === undefined) return foldSlow(s);
    if (folded.length === 1 && folded.charCodeAt(0) === c) continue;
    out += lower.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
};

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

interface WordIndex {
  /** Words of two or more characters by their first two, when both are ASCII ([c1][c2]): no hashing. */
  readonly asciiPairs: readonly ((readonly (readonly string[] | undefined)[]) | undefined)[];
  /** The same for the other first two characters. */
  readonly pairs: Map<number, string[]>;
  /** One-character words. */
  readonly singles: Set<number>;
  /** ASCII characters some word starts with (a table lookup rejects most positions at once). */
  readonly asciiFirst: Uint8Array;
  readonly empty: boolean;
}

const indexWords = (words: readonly string[]): WordIndex => {
  // A row of 128 per first character that some word starts with: a few kilobytes, not 16,384 slots.
  const asciiPairs: ((string[] | undefined)[] | undefined)[] = new Array<(string[] | undefined)[] | undefined>(128).fill(undefined);
  const pairs = new Map<number, string[]>();
  const singles = new Set<number>();
  const asciiFirst = new Uint8Array(128);
  let empty = false;
  for (const w of words) {
    if (w.length === 0) {
      empty = true;
      continue;
    }
    const c = w.charCodeAt(0);
    if (c < 128) asciiFirst[c] = 1;
    if (w.length === 1) singles.add(c);
    else {
      const d = w.charCodeAt(1);
      if (c < 128 && d < 128) ((asciiPairs[c] ??= new Array<string[] | undefined>(128).fill(undefined))[d] ??= []).push(w);
      else {
        const key = c * 0x10000 + d;
        const list = pairs.get(key);
        if (list) list.push(w);
        else pairs.set(key, [w]);
      }
    }
  }
  return { asciiPairs, pairs, singles, asciiFirst, empty };
};

/** The words of two or more characters that begin with the two characters at `i` of `text`. */
const candidatesAt = (text: string, i: number, { asciiPairs, pairs }: WordIndex): readonly string[] | undefined => {
  if (i + 1 >= text.length) return undefined;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c < 128 && d < 128 ? asciiPairs[c]?.[d] : pairs.get(c * 0x10000 + d);
};

/** One of the words starts at `i` of `text`. */
const startsAt = (text: string, i: number, index: WordIndex): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128 && index.asciiFirst[c] === 0) return false;
  if (index.singles.size > 0 && index.singles.has(c)) return true;
  const list = candidatesAt(text, i, index);
  if (list) for (const w of list) if (text.startsWith(w, i)) return true;
  return false;
};

/**
 * `(text) => words.some((w) => hasWord(text, w))` for a fixed word list, in one walk over the
 * text: at each word start only the words beginning with the next two characters are compared
 * (a list of a hundred phrases costs one scan, not a hundred).
 */
export const wordMatcher = (words: readonly string[]): ((text: string) => boolean) => {
  const index = indexWords(words);
  if (index.empty) return () => true; // the empty word occurs at the start of any text
  // The word-start test first: inside a word (most positions) no list is looked up.
  return (text) => {
    for (let i = 0; i < text.length; i++) if (!isWordCharAt(text, i - 1) && startsAt(text, i, index)) return true;
    return false;
  };
};

/**
 * Several word lists at once: bit i of the answer is set when list i has a word at a word
 * start of `text` (as wordMatcher(lists[i]) would say). One walk over the text for all lists;
 * it stops early once every list has matched.
 */
export const wordClassifier = (lists: readonly (readonly string[])[]): ((text: string) => number) => {
  const all = (1 << lists.length) - 1;
  const index = indexWords(lists.flat());
  const maskOf = new Map<string, number>();
  lists.forEach((list, i) => {
    for (const w of list) maskOf.set(w, (maskOf.get(w) ?? 0) | (1 << i));
  });
  const emptyMask = maskOf.get('') ?? 0;
  return (text) => {
    let mask = emptyMask;
    for (let i = 0; i < text.length && mask !== all; i++) {
      const c = text.charCodeAt(i);
      if (c < 128 && index.asciiFirst[c] === 0) continue;
      if (isWordCharAt(text, i - 1)) continue;
      if (index.singles.size > 0 && index.singles.has(c)) mask |= maskOf.get(text[i]!)!;
      const list = candidatesAt(text, i, index);
      if (list) for (const w of list) if (text.startsWith(w, i)) mask |= maskOf.get(w)!;
    }
    return mask;
  };
};

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `(text) => words.some((w) => fold(text).includes(w))` for lower-case ASCII words: on ASCII
 * text (where fold only lower-cases) one case-insensitive search of the literals, without the
 * lower-cased copy; other text is folded and scanned.
 */
export const foldedSubstringMatcher = (words: readonly string[]): ((text: string) => boolean) => {
  const folded = substringMatcher(words);
  const literals = new RegExp(words.map(escapeRegExp).join('|'), 'i');
  return (text) => (NON_ASCII.test(text) ? folded(fold(text)) : literals.test(text));
};

/** `(text) => words.some((w) => text.includes(w))` in one walk over the text. */
export const substringMatcher = (words: readonly string[]): ((text: string) => boolean) => {
  const index = indexWords(words);
  if (index.empty) return () => true;
  return (text) => {
    for (let i = 0; i < text.length; i++) if (startsAt(text, i, index)) return true;
    return false;
  };
};

/** JavaScript's `\s` (and what trim() removes), by character code. */
export const isJsSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Whitespace other than a single space: a non-space whitespace character, or two in a row. */
const NOT_COLLAPSED = /[^\S ]|\s\s/;

const SPACE_RUNS = /\s+/g; // replace() starts a global pattern at 0 and leaves lastIndex at 0

/** `s.replace(/\s+/g, ' ')`, returning `s` itself when it has nothing to replace (most text). */
export const collapseSpaces = (s: string): string => (NOT_COLLAPSED.test(s) ? s.replace(SPACE_RUNS, ' ') : s);

/** Collapses runs of whitespace to one space and trims (the empty string, most titles and labels, at once). */
export const squash = (s: string): string => (s === '' ? s : collapseSpaces(s).trim());
