import { sentenceAfter, sentenceBefore } from '../text/sentence-context.js';
import { isBlock } from './block-elements.js';
import { collapseSpaces, isJsSpace, squash } from '../text/word-matcher.js';

export interface Anchor {
  readonly href: string;
  /** Visible text inside the anchor, including nested elements and image alt texts. */
  readonly text: string;
  readonly title: string;
  readonly ariaLabel: string;
  /** The visible words of the anchor's sentence right before it (same block). */
  readonly before: string;
  /** The visible words of the anchor's sentence right after it (same block). */
  readonly after: string;
  /** Offsets of the anchor's text within HtmlFacts.rawText. */
  readonly start: number;
  readonly end: number;
}

export interface HtmlFacts {
  readonly anchors: readonly Anchor[];
  /** Visible text, one line per block: no script, style, head, template or hidden subtrees. */
  readonly text: string;
  /** Visible text before normalisation; block boundaries are U+2029. Anchor offsets point here. */
  readonly rawText: string;
  readonly imageAlts: readonly string[];
}

/** An element as both the parse5 tree and the parse5 tokenizer give it: name and attributes. */
export interface ElementLike {
  readonly tagName: string;
  readonly attrs: readonly { readonly name: string; readonly value: string }[];
}

/** Never rendered. */
const SKIPPED = new Set(['script', 'style', 'head', 'template', 'noscript', 'title', 'iframe', 'object', 'svg', 'math']);
const BOUNDARY = '\u2029';

export const attr = (el: ElementLike, name: string): string => {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return '';
};

/**
 * Elements that render as a link: <a>, <area>, MJML buttons and navbar links, Outlook VML
 * buttons, and template link helpers such as TYPO3 Fluid's <f:link.action>.
 */
export const isLinkElement = (tag: string): boolean =>
  tag === 'a' || tag === 'area' || tag === 'mj-button' || tag === 'mj-navbar-link' || tag === 'v:roundrect' ||
  (tag.includes(':') && tag.includes('link'));

/** Where the target is: href, or the attribute a template engine binds it with (th:href, :href, uri, action). */
const HREF_ATTRS = ['href', 'th:href', ':href', 'v-bind:href', 'uri', 'action', 'pageuid'];
const targetOf = (el: ElementLike): string => {
  for (const name of HREF_ATTRS) {
    const v = attr(el, name).trim();
    if (v) return v;
  }
  return '';
};

/** ASCII lower case of a character code; anything else unchanged. */
const lowerAscii = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

/**
 * `needle` (ASCII lower case, no spaces) starts at `i` of `s` lower-cased with every whitespace
 * removed, compared in place instead of building that copy. No other character lower-cases to
 * one of the needle's (İ becomes "i" plus a combining dot, which matches nothing after it), so
 * only ASCII can match.
 */
const compactAt = (s: string, i: number, needle: string): boolean => {
  let k = 0;
  for (let j = i; k < needle.length && j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (k > 0 && isJsSpace(c)) continue;
    if (lowerAscii(c) !== needle.charCodeAt(k)) return false;
    k++;
  }
  return k === needle.length;
};

/**
 * The style, lower-cased and without whitespace, contains display:none, visibility:hidden or
 * mso-hide:all. One walk: a start is tried only on d, v or m, and a try passes at most a
 * needle's length of other characters (each run of spaces is crossed by a bounded number of
 * tries), so linear.
 */
const hidesByStyle = (style: string): boolean => {
  for (let i = 0; i < style.length; i++) {
    const c = lowerAscii(style.charCodeAt(i));
    if (c === 0x64 /* d */ ? compactAt(style, i, 'display:none') : c === 0x76 /* v */ ? compactAt(style, i, 'visibility:hidden') : c === 0x6d /* m */ && compactAt(style, i, 'mso-hide:all')) return true;
  }
  return false;
};

/** display:none (also with !important), visibility:hidden, mso-hide:all, or the hidden attribute. */
export const isHidden = (el: ElementLike): boolean => {
  let style = '';
  for (const a of el.attrs) {
    if (a.name === 'hidden') return true;
    if (a.name === 'style' && style === '') style = a.value;
  }
  return style !== '' && hidesByStyle(style);
};

/** Never rendered by its tag name alone (script, style, head …). */
export const isSkippedTag = (tag: string): boolean => SKIPPED.has(tag);

/** Never rendered: the element and everything inside it. */
export const isSkipped = (el: ElementLike): boolean => SKIPPED.has(el.tagName) || isHidden(el);

/** The blocks of `rawText`, trimmed, without empty ones, one per line (split, trim, filter and join in one walk). */
export const blockLines = (rawText: string): string => {
  const lines: string[] = [];
  for (let from = 0; from <= rawText.length; ) {
    const boundary = rawText.indexOf(BOUNDARY, from);
    let end = boundary < 0 ? rawText.length : boundary;
    let start = from;
    while (start < end && isJsSpace(rawText.charCodeAt(start))) start++;
    while (end > start && isJsSpace(rawText.charCodeAt(end - 1))) end--;
    if (end > start) lines.push(rawText.slice(start, end));
    if (boundary < 0) break;
    from = boundary + 1;
  }
  return lines.join('\n');
};

interface OpenAnchor {
  readonly el: ElementLike;
  readonly start: number;
  /** Where its text begins in the collector's link-text pieces. */
  readonly firstPiece: number;
}

/**
 * An anchor's text is its first 500 characters. Link elements that are not `<a>` (mj-button,
 * v:roundrect…) can nest without end, and each one's text holds all the text inside it, so the
 * texts of a chain of n nested links add up to n² characters: 1 MB of `<mj-button>x` ran out of
 * memory. Real link texts are a few words (the longest in the corpus: 97 characters); a link
 * wrapping a whole block keeps its first 500.
 */
export const MAX_ANCHOR_TEXT = 500;

/**
 * Builds HtmlFacts from a walk over the rendered elements: `enter` and `exit` of each element
 * that is not skipped (in document order, properly nested) and `text` of each text node.
 * Both the parse5 tree walk and the tokenizer stream drive it, so they give the same facts.
 */
export class HtmlCollector {
  /**
   * The raw text so far, built by concatenation: V8 keeps it as a rope and flattens it once, when
   * it is first read, which costs half of joining an array of the same pieces (the pieces are
   * ropes themselves: text nodes are built from tokens).
   */
  private raw = '';
  private readonly found: { el: ElementLike; start: number; end: number; text: string }[] = [];
  private readonly imageAlts: string[] = [];
  private readonly open: OpenAnchor[] = [];
  /** Text rendered while a link is open, one entry per node: every open link's text is a run of it. */
  private readonly pieces: string[] = [];

  private emit(s: string): void {
    this.raw += s;
  }

  /** Text inside the open links: kept once, not once per open link (nested links made that quadratic). */
  private linkText(s: string): void {
    if (this.open.length > 0 && s !== '') this.pieces.push(s);
  }

  /** The text of the link whose text begins at piece `first`, cut at MAX_ANCHOR_TEXT. */
  private textFrom(first: number): string {
    const pieces = this.pieces;
    let end = first;
    // One join of the pieces needed (a flat copy), not a chain of concatenations.
    for (let length = 0; end < pieces.length && length < MAX_ANCHOR_TEXT; end++) length += pieces[end]!.length;
    const text = end === pieces.length && first === 0 ? pieces.join('') : pieces.slice(first, end).join('');
    return text.length > MAX_ANCHOR_TEXT ? text.slice(0, MAX_ANCHOR_TEXT) : text;
  }

  /** A text node's value, whitespace runs collapsed as a browser renders them. */
  text(value: string): void {
    this.collapsedText(collapseSpaces(value));
  }

  /** A text node's value whose whitespace runs are collapsed already (`collapseSpaces(value) === value`). */
  collapsedText(value: string): void {
    this.emit(value);
    this.linkText(value);
  }

  /** A text node of HTML whitespace only: `text` would collapse it to one space. */
  space(): void {
    this.emit(' ');
    this.linkText(' ');
  }

  /** An element that is rendered (the caller checked isSkipped). */
  enter(el: ElementLike): void {
    this.enterTag(el, isBlock(el.tagName), isLinkElement(el.tagName));
  }

  /** enter, with the tag's block and link nature known already. */
  enterTag(el: ElementLike, block: boolean, link: boolean): void {
    const tag = el.tagName;
    if (block) this.emit(BOUNDARY);
    if (tag === 'img' || tag === 'area') {
      const alt = attr(el, 'alt').trim();
      if (alt) {
        this.imageAlts.push(alt);
        this.linkText(` ${alt} `);
      }
    }
    if (link) this.open.push({ el, start: this.raw.length, firstPiece: this.pieces.length });
  }

  exit(el: ElementLike): void {
    this.exitTag(el, isBlock(el.tagName));
  }

  exitTag(el: ElementLike, block: boolean): void {
    if (block) this.emit(BOUNDARY);
    const open = this.open;
    if (open.length > 0 && open[open.length - 1]!.el === el) {
      const a = open.pop()!;
      // An outer link's run of pieces holds this one's too, so nothing more is needed for it.
      this.found.push({ el, start: a.start, end: this.raw.length, text: this.textFrom(a.firstPiece) });
      if (open.length === 0) this.pieces.length = 0;
    }
  }

  finish(): HtmlFacts {
    const rawText = this.raw;
    const found = this.found.sort((x, y) => x.start - y.start);
    const anchors = found.map(({ el, start, end, text }, i) => ({
      href: targetOf(el),
      text: squash(text),
      title: squash(attr(el, 'title')),
      ariaLabel: squash(attr(el, 'aria-label')),
      // The context stops at the neighbouring links: "Settings or <a>unsubscribe</a>" is not the settings link's context.
      before: squash(sentenceBefore(rawText, start, i > 0 ? Math.min(start, found[i - 1]!.end) : 0)),
      after: squash(sentenceAfter(rawText, end, i + 1 < found.length ? Math.max(end, found[i + 1]!.start) : rawText.length)),
      start,
      end,
    }));
    return { anchors, text: blockLines(rawText), rawText, imageAlts: this.imageAlts };
  }
}
