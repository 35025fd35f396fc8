import type { Message } from '../../model/index.js';
import { analyzeHtml, type Anchor } from './html/analyze-html.js';
import { findMergeTags, type MergeTag } from './text/find-merge-tags.js';
import { findTextLinks, type TextLink } from './text/find-text-links.js';

export interface BodyFacts {
  /** Anchors of the HTML part, in document order, each with its immediate context. */
  readonly anchors: readonly Anchor[];
  /** Bare links of the text part, each with its immediate context. */
  readonly textLinks: readonly TextLink[];
  /** Bare URLs written as visible text in the HTML part (not inside an anchor). */
  readonly htmlTextLinks: readonly TextLink[];
  /** Merge tags written as visible text (HTML part, then text part); tags inside hrefs are in `anchors`. */
  readonly mergeTags: readonly MergeTag[];
  /** Visible text of the HTML part followed by the text part. */
  readonly visibleText: string;
  readonly imageAlts: readonly string[];
}

/** Drops links whose span lies inside one of the (sorted, non-overlapping) anchors. */
const outsideAnchors = (links: readonly TextLink[], anchors: readonly Anchor[]): TextLink[] => {
  const out: TextLink[] = [];
  let k = 0;
  for (const l of links) {
    while (k < anchors.length && anchors[k]!.end <= l.start) k++;
    const a = anchors[k];
    if (a && a.start <= l.start && l.end <= a.end) continue;
    out.push(l);
  }
  return out;
};

export const analyzeBody = (message: Message): BodyFacts => {
  const html = message.html ? analyzeHtml(message.html) : null;
  const text = message.text ?? '';
  const anchors = html?.anchors ?? [];
  return {
    anchors,
    textLinks: text ? findTextLinks(text) : [],
    htmlTextLinks: html ? outsideAnchors(findTextLinks(html.rawText), anchors) : [],
    mergeTags: [...(html ? findMergeTags(html.rawText) : []), ...(text ? findMergeTags(text) : [])],
    visibleText: [html?.text ?? '', text].filter(Boolean).join('\n'),
    imageAlts: html?.imageAlts ?? [],
  };
};
