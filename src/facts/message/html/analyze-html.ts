import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { HtmlCollector, isSkipped, type HtmlFacts } from './html-collector.js';
import { streamHtml } from './stream-html.js';
import { componentLinksAsAnchors } from '../component-links.js';
import { neutralizeServerCode } from '../neutralize-server-code.js';

export { isHidden, type Anchor, type HtmlFacts } from './html-collector.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

type Frame = { readonly node: Node } | { readonly exit: Element };

/** The parse5 tree, walked iteratively (an explicit stack: hostile nesting must not overflow the call stack). */
export const analyzeHtmlTree = (html: string): HtmlFacts => {
  const doc = parse(html);
  const out = new HtmlCollector();
  const stack: Frame[] = [{ node: doc as unknown as Node }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('exit' in frame) {
      out.exit(frame.exit);
      continue;
    }
    const { node } = frame;
    if (node.nodeName === '#text') {
      out.text((node as TextNode).value);
      continue;
    }
    if (!('childNodes' in node)) continue; // comments, doctype
    if ('tagName' in node) {
      const el = node as Element;
      if (isSkipped(el)) continue;
      out.enter(el);
      stack.push({ exit: el });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
  }
  return out.finish();
};

/**
 * One parse5 pass: the tokenizer stream with a light element stack (html-stream.ts) when the
 * markup is well nested, as newsletters mostly are; the full tree when it meets anything the
 * tree builder would repair (mis-nesting, foster parenting, implied closes it does not model).
 */
export const analyzeHtml = (input: string): HtmlFacts => {
  const html = componentLinksAsAnchors(neutralizeServerCode(input));
  return streamHtml(html) ?? analyzeHtmlTree(html);
};
