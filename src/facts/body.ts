import type { Message } from '../model/index.js';
import { analyzeHtml, type Anchor } from './html.js';
import { findTextLinks, type TextLink } from './text-links.js';

export interface BodyFacts {
  /** Anchors of the HTML part. */
  readonly anchors: readonly Anchor[];
  /** Links found in the text part. */
  readonly textLinks: readonly TextLink[];
  /** Visible text of the HTML part followed by the text part. */
  readonly visibleText: string;
  readonly imageAlts: readonly string[];
}

export const analyzeBody = (message: Message): BodyFacts => {
  const html = message.html ? analyzeHtml(message.html) : { anchors: [], text: '', imageAlts: [] };
  const text = message.text ?? '';
  return {
    anchors: html.anchors,
    textLinks: text ? findTextLinks(text) : [],
    visibleText: [html.text, text].filter(Boolean).join('\n'),
    imageAlts: html.imageAlts,
  };
};
