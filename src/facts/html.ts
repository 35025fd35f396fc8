import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface Anchor {
  readonly href: string;
  /** Visible text inside the anchor, including nested elements and image alt texts. */
  readonly text: string;
  readonly title: string;
  readonly ariaLabel: string;
}

export interface HtmlFacts {
  readonly anchors: readonly Anchor[];
  /** Visible text: no script, style, head, template or display:none subtrees. */
  readonly text: string;
  readonly imageAlts: readonly string[];
}

const SKIPPED = new Set(['script', 'style', 'head', 'template', 'noscript', 'title']);
const BLOCK = new Set(['p', 'div', 'br', 'tr', 'td', 'th', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);

const attr = (el: Element, name: string): string => el.attrs.find((a) => a.name === name)?.value ?? '';

const isHidden = (el: Element): boolean => {
  if (el.attrs.some((a) => a.name === 'hidden')) return true;
  const style = attr(el, 'style').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none');
};

/** One parse5 pass, iterative (no recursion: hostile nesting must not overflow the stack). */
export const analyzeHtml = (html: string): HtmlFacts => {
  const doc = parse(html);
  const anchors: Anchor[] = [];
  const imageAlts: string[] = [];
  const text: string[] = [];
  // Open anchors collect text of their subtree; the stack holds [node, anchorTextSink | null, closeMarker].
  type Frame = { node: Node; sink: string[] | null; exit?: () => void };
  const stack: Frame[] = [{ node: doc as unknown as Node, sink: null }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.exit) {
      frame.exit();
      continue;
    }
    const { node } = frame;
    let sink = frame.sink;
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterMap['textNode']).value;
      text.push(value);
      sink?.push(value);
      continue;
    }
    if (!('childNodes' in node)) continue;
    const el = node as Element;
    if ('tagName' in el) {
      if (SKIPPED.has(el.tagName) || isHidden(el)) continue;
      if (BLOCK.has(el.tagName)) text.push('\n');
      if (el.tagName === 'img') {
        const alt = attr(el, 'alt');
        if (alt) {
          imageAlts.push(alt);
          sink?.push(` ${alt} `);
        }
      }
      if (el.tagName === 'a') {
        const own: string[] = [];
        const parentSink = sink;
        sink = own;
        stack.push({
          node,
          sink: null,
          exit: () => {
            const joined = own.join('');
            parentSink?.push(joined);
            anchors.push({
              href: attr(el, 'href').trim(),
              text: joined.replace(/\s+/g, ' ').trim(),
              title: attr(el, 'title'),
              ariaLabel: attr(el, 'aria-label'),
            });
          },
        });
      }
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, sink });
  }
  return { anchors, text: text.join('').replace(/[ \t\r\f\v]+/g, ' ').replace(/\n\s*/g, '\n').trim(), imageAlts };
};
