/**
 * The link linkifyjs 4.4 finds in a run of non-space characters that starts with `http://` or
 * `https://`, read in one pass over character codes instead of through linkifyjs's scanner,
 * parser and token objects (about 70 % of what the text part's links cost). Only runs of
 * printable ASCII whose first character after `//` is a letter or digit are read; for any
 * other run the answer is "don't know" and the caller asks linkifyjs.
 *
 * Why this is linkifyjs's answer (its `dist/linkify.mjs`, scanner `init$2`, parser `init$1`):
 * - The scanner lower-cases A-Z before matching, so `http`/`https` in any case is one
 *   SLASH_SCHEME token; `:` and `/` are one token each; every ASCII punctuation character is a
 *   token of its own; letters and digits form tokens of the domain group (which ones and where
 *   they split does not matter below: in a URL every domain token is treated alike).
 * - The parser goes scheme → `:` → `/` → `/` (UriPrefix) and, on a domain token, into the URL
 *   state. From there on the host needs no dots or TLD: the URL continues over every token
 *   but whitespace and ends at the last token that leaves it in an accepting state.
 * - After UriPrefix the parser's URL states reduce to two facts: which bracket is open (the
 *   `UrlOpen*` states of one bracket pair, or none) and whether the last token accepts.
 *   "Accepting" tokens (`qsAccepting`: letters, digits, `& * @ \ ` ^ $ = - | + # / ~ _`) make
 *   the URL end there; `qsNonAccepting` ones (`' : , . ! % ? " ;` and all brackets; `%` is in
 *   both lists and the second assignment wins) only carry it on. With a bracket open, only its
 *   own closing bracket closes it (and is kept, accepting); with none open, an opening bracket
 *   opens its pair and a closing one is merely non-accepting. `UrlOpen` and `UrlOpenSyms` have
 *   the same transitions, so they are one state here.
 * - What follows the URL's end in the run is only non-accepting punctuation, and no such token
 *   starts anything in the parser's start state (only `~`, domain tokens, schemes, `localhost`
 *   and newlines do), so the run holds no other link.
 * The URL has a scheme, so linkifyjs's href is its value, both as written.
 * `plain-url.test.ts` holds this to linkifyjs's `find` on generated runs.
 */

// Character classes of printable ASCII; 0 (anything else, and the default) means "ask linkifyjs".
const KEEP = 1; // may end a URL
const CARRY = 2; // continues a URL but cannot end it
const OPEN = 4; // opening bracket; + pair index
const CLOSE = 8; // closing bracket; + pair index
const PAIRS = ['()', '[]', '{}', '<>'];

const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = KEEP;
for (let c = 65; c <= 90; c++) CLASS[c] = KEEP;
for (let c = 97; c <= 122; c++) CLASS[c] = KEEP;
for (const ch of '&*@\\`^$=-|+#/~_') CLASS[ch.charCodeAt(0)] = KEEP;
for (const ch of '\':,.!%?";') CLASS[ch.charCodeAt(0)] = CARRY;
PAIRS.forEach((pair, i) => {
  CLASS[pair.charCodeAt(0)] = OPEN + i;
  CLASS[pair.charCodeAt(1)] = CLOSE + i;
});

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/** Length of `http://` or `https://` (any case) at `start`, or 0. */
const schemeLength = (text: string, start: number, end: number): number => {
  if (end - start < 8) return 0;
  if ((text.charCodeAt(start) | 32) !== 104 /* h */ || (text.charCodeAt(start + 1) | 32) !== 116 /* t */) return 0;
  if ((text.charCodeAt(start + 2) | 32) !== 116 || (text.charCodeAt(start + 3) | 32) !== 112 /* p */) return 0;
  let i = start + 4;
  if ((text.charCodeAt(i) | 32) === 115 /* s */) i++;
  if (text.charCodeAt(i) !== 58 || text.charCodeAt(i + 1) !== 47 || text.charCodeAt(i + 2) !== 47) return 0;
  return i + 3 - start;
};

/**
 * For the run `text[start, end)` (no linkifyjs whitespace inside): the end of the one URL
 * linkifyjs finds in it, which then starts at `start` and is the only link, or -1 when the run
 * is not of the plain form read here (linkifyjs must be asked).
 */
export const plainUrlEnd = (text: string, start: number, end: number): number => {
  const scheme = schemeLength(text, start, end);
  if (scheme === 0 || start + scheme >= end || !isAsciiAlnum(text.charCodeAt(start + scheme))) return -1;
  let open = -1; // pair index of the open bracket
  let urlEnd = start + scheme + 1;
  for (let i = urlEnd; i < end; i++) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? CLASS[c]! : 0;
    if (cls === 0) return -1;
    if (cls === KEEP) urlEnd = i + 1;
    else if (open < 0) {
      if (cls >= OPEN && cls < CLOSE) open = cls - OPEN;
    } else if (cls === CLOSE + open) {
      open = -1;
      urlEnd = i + 1;
    }
  }
  return urlEnd;
};
