import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { sentenceAfter, sentenceBefore } from './context.js';
import { squash } from './fold.js';
import { neutralizeServerCode } from './server-code.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

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

/** Never rendered. */
const SKIPPED = new Set(['script', 'style', 'head', 'template', 'noscript', 'title', 'iframe', 'object', 'svg', 'math']);
/** Elements that start a new line; custom MJML blocks (mj-*) count as blocks too. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const BOUNDARY = '\u2029';

const attr = (el: Element, name: string): string => el.attrs.find((a) => a.name === name)?.value ?? '';

/**
 * Elements that render as a link: <a>, <area>, MJML buttons and navbar links, Outlook VML
 * buttons, and template link helpers such as TYPO3 Fluid's <f:link.action>.
 */
const isLinkElement = (tag: string): boolean =>
  tag === 'a' || tag === 'area' || tag === 'mj-button' || tag === 'mj-navbar-link' || tag === 'v:roundrect' ||
  (tag.includes(':') && tag.includes('link'));

/** Where the target is: href, or the attribute a template engine binds it with (th:href, :href, uri, action). */
const HREF_ATTRS = ['href', 'th:href', ':href', 'v-bind:href', 'uri', 'action', 'pageuid'];
const targetOf = (el: Element): string => {
  for (const name of HREF_ATTRS) {
    const v = attr(el, name).trim();
    if (v) return v;
  }
  return '';
};

/** display:none (also with !important), visibility:hidden, mso-hide:all, or the hidden attribute. */
export const isHidden = (el: Element): boolean => {
  if (el.attrs.some((a) => a.name === 'hidden')) return true;
  const style = attr(el, 'style');
  if (!style) return false;
  const s = style.toLowerCase().replace(/\s+/g, '');
  return s.includes('display:none') || s.includes('visibility:hidden') || s.includes('mso-hide:all');
};

const isBlock = (tag: string): boolean => BLOCK.has(tag) || tag.startsWith('mj-');

interface OpenAnchor {
  readonly el: Element;
  readonly start: number;
  readonly parts: string[];
}

type Frame = { readonly node: Node } | { readonly exit: Element };

/** One parse5 pass, iterative (an explicit stack: hostile nesting must not overflow the call stack). */
export const analyzeHtml = (input: string): HtmlFacts => {
  const doc = parse(neutralizeServerCode(input));
  const raw: string[] = [];
  let length = 0;
  const emit = (s: string): void => {
    raw.push(s);
    length += s.length;
  };
  const found: { el: Element; start: number; end: number; text: string }[] = [];
  const imageAlts: string[] = [];
  const open: OpenAnchor[] = [];
  const stack: Frame[] = [{ node: doc as unknown as Node }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('exit' in frame) {
      const el = frame.exit;
      if (isBlock(el.tagName)) emit(BOUNDARY);
      if (isLinkElement(el.tagName) && open.length > 0 && open[open.length - 1]!.el === el) {
        const a = open.pop()!;
        // Text nodes already went to every open anchor, so outer anchors need nothing more here.
        found.push({ el, start: a.start, end: length, text: a.parts.join('') });
      }
      continue;
    }
    const { node } = frame;
    if (node.nodeName === '#text') {
      const value = (node as TextNode).value.replace(/\s+/g, ' ');
      emit(value);
      for (const a of open) a.parts.push(value);
      continue;
    }
    if (!('childNodes' in node)) continue; // comments, doctype
    if ('tagName' in node) {
      const el = node as Element;
      if (SKIPPED.has(el.tagName) || isHidden(el)) continue;
      if (isBlock(el.tagName)) emit(BOUNDARY);
      if (el.tagName === 'img' || el.tagName === 'area') {
        const alt = attr(el, 'alt').trim();
        if (alt) {
          imageAlts.push(alt);
          for (const a of open) a.parts.push(` ${alt} `);
        }
      }
      if (isLinkElement(el.tagName)) open.push({ el, start: length, parts: [] });
      stack.push({ exit: el });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
  }
  const rawText = raw.join('');
  found.sort((x, y) => x.start - y.start);
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
  const text = rawText
    .split(BOUNDARY)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
  return { anchors, text, rawText, imageAlts };
};
