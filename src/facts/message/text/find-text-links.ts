import { find, test } from 'linkifyjs';
import { sentenceAfter, sentenceBefore } from './sentence-context.js';
import { squash } from './word-matcher.js';

export interface TextLink {
  readonly href: string;
  /** The link as written in the text. */
  readonly value: string;
  readonly type: 'url' | 'email';
  /** The words of the link's sentence before it (a lead-in on the line above counts). */
  readonly context: string;
  /** The words of the link's sentence after it. */
  readonly after: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Characters linkifyjs reads as whitespace: JavaScript's `\s` plus U+FFFC (its "object
 * replacement" placeholder). No link it finds contains one, and none of its parser states
 * continues across one, so every link lies inside one run of other characters and a run
 * gives the same links alone as within the whole text.
 */
const isLinkifySpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0xfffc;

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * Characters that end a URL written in text: `"`, `<` and `>` are no part of any URL (RFC 3986
 * excludes them, section 2; the WHATWG URL standard percent-encodes them in paths, queries and
 * fragments), but linkifyjs reads on across them, so `<A HREF="http://x.example/a">CLICK HERE</A>`
 * in a text part came out as one URL `http://x.example/a">CLICK`. They delimit a URL where one is
 * written: quotes and angle brackets around it, an HTML tag's attribute or the tag after it. The
 * runs handed to linkifyjs end at them as at a space, so no link spans one.
 * (`'` is an RFC 3986 sub-delimiter that URLs do hold, `…/wiki/Conan_O'Brien`: see endAtQuote.)
 */
const isUrlDelimiter = (c: number): boolean => c === 34 /* " */ || c === 60 /* < */ || c === 62; /* > */

/** Where a run handed to linkifyjs ends: a space, or a URL delimiter. */
const isRunBreak = (c: number): boolean => isLinkifySpace(c) || isUrlDelimiter(c);

/**
 * Answers of linkifyjs itself to "is this word a top-level domain" and "is this word a scheme",
 * remembered per text. Each is one `test` call on a string of a few characters; a text with more
 * distinct words than MAX_ASKED stops asking and hands its remaining candidate runs to linkifyjs
 * as before, so the questions never cost more than a small fraction of a check.
 */
const MAX_ASKED = 4096;
class LinkifyAnswers {
  private readonly tlds = new Map<string, boolean>();
  private readonly schemes = new Map<string, boolean>();
  private asked = 0;

  /** `word` (ASCII letters and digits) read as the token after a dot: a TLD makes "a.<word>" a link. */
  isTld(word: string): boolean {
    const key = word.toLowerCase();
    let known = this.tlds.get(key);
    if (known === undefined) {
      if (this.asked >= MAX_ASKED) return true;
      this.asked++;
      known = test(`a.${key}`);
      this.tlds.set(key, known);
    }
    return known;
  }

  /** `word` (ASCII letters, digits and hyphens) read as a scheme before a colon. */
  isScheme(word: string): boolean {
    const key = word.toLowerCase();
    let known = this.schemes.get(key);
    if (known === undefined) {
      if (this.asked >= MAX_ASKED) return true;
      this.asked++;
      known = test(`${key}:x`) || test(`${key}://x`);
      this.schemes.set(key, known);
    }
    return known;
  }
}

/**
 * Whether the run `text[start, end)` can hold a link linkifyjs finds. linkifyjs's scanner reads
 * a run of ASCII letters and digits as one token, and each of its links passes a state reached
 * by one of: "localhost"; a scheme token before a colon (`http:`, `mailto:`, a registered
 * custom scheme); or a dot followed by a top-level domain (a URL without a scheme, an email's
 * domain, a host before its port). So a run without "localhost", without a colon after a
 * scheme and without a dot before a TLD holds no link ("a.a.a.…", "Tage.", "warm:", "a@b").
 * Whether a word is a TLD or a scheme is asked of linkifyjs (`LinkifyAnswers`); a dot before a
 * non-ASCII character (a Unicode TLD's token is not the ASCII run) always counts. The test
 * suite holds the links found to `find(text)` on generated runs of these pieces.
 */
const mayHoldLink = (text: string, start: number, end: number, answers: LinkifyAnswers): boolean => {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */ && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0x80) return true;
      let j = i + 1;
      while (j < end && isAsciiAlnum(text.charCodeAt(j))) j++;
      if (j > i + 1 && answers.isTld(text.slice(i + 1, j))) return true;
    } else if (c === 58 /* : */ && i + 1 < end) {
      // The scheme token ends at the colon and starts at the run's start or after a character
      // that is no ASCII letter or digit (a scheme may hold hyphens: try each start after one).
      let j = i;
      while (j > start && (isAsciiAlnum(text.charCodeAt(j - 1)) || text.charCodeAt(j - 1) === 45)) j--;
      for (let k = j; k < i; k++) {
        if ((k === j || text.charCodeAt(k - 1) === 45) && isAsciiAlnum(text.charCodeAt(k)) && answers.isScheme(text.slice(k, i))) return true;
      }
    }
  }
  return end - start >= 9 && text.slice(start, end).toLowerCase().includes('localhost');
};

/** Characters every link needs one of (see mayHoldLink); found by the regex engine's own fast scan. */
const CANDIDATE = /[.:@]|localhost/gi;

export type LinkMatch = { href: string; value: string; type: 'url' | 'email'; start: number; end: number };

/** Each run `[start, end)` of `text` that can hold a link, in order, found as it is asked for. */
function* candidateRuns(text: string): Generator<readonly [start: number, end: number]> {
  const answers = new LinkifyAnswers();
  const candidate = new RegExp(CANDIDATE.source, CANDIDATE.flags); // its own lastIndex: runs are read lazily
  for (let m = candidate.exec(text); m !== null; m = candidate.exec(text)) {
    // The run around the candidate: back to the previous space (never past the last run's end), on to the next.
    let start = m.index;
    while (start > 0 && !isRunBreak(text.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < text.length && !isRunBreak(text.charCodeAt(end))) end++;
    candidate.lastIndex = end;
    if (mayHoldLink(text, start, end, answers)) yield [start, end];
  }
}

/** The runs of `text` that can hold a link, in order, with where each starts (exported for tests). */
export const linkCandidateRuns = (text: string): { starts: number[]; parts: string[] } => {
  const starts: number[] = [];
  const parts: string[] = [];
  for (const [start, end] of candidateRuns(text)) {
    starts.push(start);
    parts.push(text.slice(start, end));
  }
  return { starts, parts };
};

/** linkifyjs's URL and email matches in the runs `parts` (starting at `starts` in the text), joined by single spaces. */
const matchRuns = (starts: readonly number[], parts: readonly string[]): LinkMatch[] => {
  const offsets: number[] = []; // where each run starts in the joined string
  let joined = 0;
  for (const part of parts) {
    offsets.push(joined);
    joined += part.length + 1;
  }
  if (parts.length === 0) return [];
  const found: LinkMatch[] = [];
  let run = 0;
  for (const m of find(parts.join(' '))) {
    if (m.type !== 'url' && m.type !== 'email') continue;
    while (run + 1 < offsets.length && offsets[run + 1]! <= m.start) run++;
    const shift = starts[run]! - offsets[run]!;
    found.push({ href: m.href, value: m.value, type: m.type, start: m.start + shift, end: m.end + shift });
  }
  return found;
};

/**
 * How much text one linkifyjs call reads while links are searched up to a limit: runs are
 * handed over in batches of about this many characters, a longer run in prefixes of twice,
 * four times … this length. Past the limit nothing more is handed over.
 */
const BATCH = 16_384;

/**
 * Where a prefix of a long run ends: after the last ASCII punctuation character within 256
 * characters before `end` (else at `end`). linkifyjs's scanner reads such a character as a token
 * of its own, so every token of the prefix is one of the whole run too, and a link found in the
 * prefix starts where one starts in the whole run (it may end later there).
 */
const prefixEnd = (text: string, end: number): number => {
  for (let i = end; i > end - 256; i--) {
    const c = text.charCodeAt(i - 1);
    if (c > 32 && c < 0x80 && !isAsciiAlnum(c)) return i;
  }
  return end;
};

/**
 * The URL and email matches of linkifyjs, with their offsets in `text`, each as findTextLinks
 * keeps it (a URL opened by a quote ends at the next one, a merge tag's closers stay). linkifyjs
 * costs about a hundred times more per character than a plain scan, so it only reads the runs
 * of non-space characters that can hold a link; prose without a link is never handed to it.
 * Runs also end at a URL delimiter (`"`, `<`, `>`): the result is `find(text)` with each of them
 * read as a space, which the test suite compares.
 *
 * With a `limit`, the search stops at the first match past it that `keep` keeps (`cut`): the
 * runs are handed over in batches of BATCH characters (runs are independent of each other, so
 * a batch finds what the whole text finds in it), and nothing after the batch that reached the
 * limit is read. A run longer than BATCH (2 MB of `a.de:` is one run of 400,000 links) is read
 * in prefixes of doubling length, each ending after a punctuation character (prefixEnd); a
 * prefix's last match may be cut short by the prefix's end, so it is only taken as the first
 * link past the limit, and the run is read whole when the limit is not reached in it. So the text linkifyjs reads is at most about four times the text that holds
 * the links taken, plus one batch, whatever follows.
 */
const linkMatches = (text: string, limit: number, keep: (m: LinkMatch) => boolean): { matches: LinkMatch[]; cut: boolean } => {
  const matches: LinkMatch[] = [];
  let kept = 0;
  /** linkifyjs's matches as findTextLinks keeps them. */
  const shape = (found: readonly LinkMatch[]): LinkMatch[] => {
    const out: LinkMatch[] = [];
    for (const raw of found) {
      const m = endAtQuote(text, raw);
      if (m !== undefined) out.push(closeMergeTag(text, m));
    }
    return out;
  };
  /** Takes `found` in order until the limit is passed; true when it was. */
  const take = (found: readonly LinkMatch[]): boolean => {
    for (const m of shape(found)) {
      matches.push(m);
      if (keep(m) && ++kept > limit) return true;
    }
    return false;
  };
  let starts: number[] = [];
  let parts: string[] = [];
  let size = 0;
  const flush = (): boolean => {
    const found = matchRuns(starts, parts);
    starts = [];
    parts = [];
    size = 0;
    return take(found);
  };
  for (const [start, end] of candidateRuns(text)) {
    if (end - start <= BATCH) {
      starts.push(start);
      parts.push(text.slice(start, end));
      size += end - start + 1;
      if (size >= BATCH && flush()) return { matches, cut: true };
      continue;
    }
    if (parts.length > 0 && flush()) return { matches, cut: true };
    // Without a limit the run is read whole at once.
    for (let length = limit === Infinity ? end - start : 2 * BATCH; ; length *= 2) {
      if (start + length >= end) {
        if (take(matchRuns([start], [text.slice(start, end)]))) return { matches, cut: true };
        break;
      }
      const found = matchRuns([start], [text.slice(start, prefixEnd(text, start + length))]);
      // Each match but the last is taken as it is; the last may be cut short by the prefix's
      // end, so it only serves as the first link past the limit (where it starts is sure).
      if (kept + shape(found.slice(0, -1)).filter(keep).length >= limit && take(found)) return { matches, cut: true };
    }
  }
  return { matches, cut: parts.length > 0 && flush() };
};

/**
 * A URL opened by a single quote ends at the next one: `href='http://x.example/a'CLICK` and
 * `a='http://x.example/1',b='…'` are quoted URLs, read by linkifyjs on past the closing quote
 * (it drops a closing quote only at the end of a run). A `'` inside a URL not opened by one stays
 * (`https://en.wikipedia.org/wiki/Conan_O'Brien`, RFC 3986 allows it). The part before the quote
 * is read by linkifyjs again, so its trailing punctuation and its href come out as for any link;
 * what follows the quote is not searched for another link. One bounded re-read per quoted URL.
 * `undefined` when no link is left before the quote.
 */
export const endAtQuote = <M extends LinkMatch>(text: string, m: M): M | undefined => {
  if (m.type !== 'url' || m.start === 0 || text.charCodeAt(m.start - 1) !== 39 /* ' */) return m;
  const quote = m.value.indexOf("'");
  if (quote < 0) return m;
  const first = find(m.value.slice(0, quote))[0];
  if (first === undefined || first.start !== 0 || first.type !== 'url') return undefined;
  return { ...m, href: first.href, value: first.value, end: m.start + first.end };
};

const BRACKETS: readonly (readonly [open: number, close: number])[] = [[0x7b, 0x7d], [0x5b, 0x5d]]; // { } and [ ]

/**
 * A URL as linkifyjs finds it, with the closing braces or brackets of a merge tag it ends in.
 * linkifyjs closes brackets one level deep, so `…?id={{subscriber_id}}` comes out as
 * `…?id={{subscriber_id}`, one brace short, and the same link in the HTML part (an href) would
 * read as another link. A URL that opens more `{` (or `[`) than it closes takes as many of the
 * closers that follow it directly as it lacks; nothing else changes.
 */
export const closeMergeTag = <M extends LinkMatch>(text: string, m: M): M => {
  if (m.type !== 'url') return m;
  let end = m.end;
  for (const [open, close] of BRACKETS) {
    let depth = 0;
    for (let i = m.start; i < m.end; i++) {
      const c = text.charCodeAt(i);
      if (c === open) depth++;
      else if (c === close && depth > 0) depth--;
    }
    while (depth > 0 && end < text.length && text.charCodeAt(end) === close) {
      end++;
      depth--;
    }
  }
  if (end === m.end) return m;
  const closers = text.slice(m.end, end);
  return { ...m, href: m.href + closers, value: m.value + closers, end };
};

/** An anchor's opening tag up to its href value (`<a href="`, `<A HREF=`), the whole string. */
const ANCHOR_OPENER = /^<a[ \t\r\n][^<>]{0,200}href=["']?$/i;

/**
 * Where the words before a link end: the link itself, or the `<` of an anchor tag written around
 * it. Text parts sometimes carry HTML markup as text (`…click here:\n\n<a href="mailto:…">`):
 * the tag is no word of the lead-in and must not hide it. Only the last `<` within 220
 * characters can open the tag (its attributes hold no `<`): one bounded test per link.
 */
const leadInEnd = (text: string, start: number): number => {
  const c = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (start < 6 || (c !== 34 /* " */ && c !== 39 /* ' */ && c !== 61) /* = */) return start;
  const from = Math.max(0, start - 220);
  const lt = text.slice(from, start).lastIndexOf('<');
  return lt >= 0 && ANCHOR_OPENER.test(text.slice(from + lt, start)) ? from + lt : start;
};

export interface FoundTextLinks {
  /** The links found, at most the limit. */
  readonly links: readonly TextLink[];
  /** True when the text holds a link past the limit: the search stopped there, the rest of the text was not searched. */
  readonly cut: boolean;
}

/**
 * Bare links (URLs and email addresses) in plain text, each with its immediate context, up to
 * `limit` links that `keep` keeps. Past the limit the search stops at the first further link
 * (`cut`), so hostile text full of links costs linkifyjs work in proportion to the limit, not
 * to the text. The links returned are those of the unlimited search (their contexts too: the
 * link past the limit still ends the last one's `after`).
 */
export const findTextLinksUpTo = (text: string, limit: number, keep: (link: LinkMatch) => boolean = () => true): FoundTextLinks => {
  const { matches, cut } = linkMatches(text, limit, keep);
  // A link's context stops at its neighbours: "Unsubscribe: URL1  Shop: URL2" gives URL2 only "Shop:".
  const links: TextLink[] = [];
  matches.forEach((m, i) => {
    if (!keep(m) || links.length >= limit) return;
    links.push({
      href: m.href,
      value: m.value,
      type: m.type,
      context: squash(sentenceBefore(text, Math.max(leadInEnd(text, m.start), i > 0 ? matches[i - 1]!.end : 0), i > 0 ? matches[i - 1]!.end : 0)),
      after: squash(sentenceAfter(text, m.end, i + 1 < matches.length ? matches[i + 1]!.start : text.length)),
      start: m.start,
      end: m.end,
    });
  });
  return { links, cut };
};

/** Bare links (URLs and email addresses) in plain text, each with its immediate context: all of them. */
export const findTextLinks = (text: string): TextLink[] => findTextLinksUpTo(text, Infinity).links as TextLink[];
