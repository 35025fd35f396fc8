import type { Message } from '../../model/index.js';
import { analyzeHtml, type Anchor } from './html/analyze-html.js';
import { findMergeTags, type MergeTag } from './text/find-merge-tags.js';
import { findTextLinksUpTo, type FoundTextLinks, type TextLink } from './text/find-text-links.js';

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

/** Whether a link's span lies outside every one of the (sorted, non-overlapping) anchors. */
const outsideAnchors = (anchors: readonly Anchor[]) => (l: { start: number; end: number }): boolean => {
  // The last anchor starting at or before the link: the only one that can hold it.
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (anchors[mid]!.start <= l.start) lo = mid + 1;
    else hi = mid;
  }
  const a = anchors[lo - 1];
  return !(a && l.end <= a.end);
};

export interface AnalysedBody {
  /** The body's facts, with at most `maxLinks` links: anchors first, then text-part links, then bare URLs of the HTML. */
  readonly body: BodyFacts;
  /**
   * The links counted: every anchor, and the links of the text part and the HTML text found
   * before their search stopped. Past `maxLinks` the search of a text stops at the first link
   * past the limit (its text is not read further), so the count is then a lower bound.
   */
  readonly links: number;
}

/** The body's facts with at most `maxLinks` links; links past the limit are not searched for (findTextLinksUpTo). */
export const analyzeBody = (message: Message, maxLinks = Infinity): AnalysedBody => {
  const html = message.html ? analyzeHtml(message.html) : null;
  const text = message.text ?? '';
  const allAnchors = html?.anchors ?? [];
  const anchors = allAnchors.length > maxLinks ? allAnchors.slice(0, maxLinks) : allAnchors;
  const none = { links: [], cut: false };
  const textLinks = text ? findTextLinksUpTo(text, maxLinks - anchors.length) : none;
  const htmlTextLinks = html ? findTextLinksUpTo(html.rawText, maxLinks - anchors.length - textLinks.links.length, outsideAnchors(allAnchors)) : none;
  const counted = (found: FoundTextLinks): number => found.links.length + (found.cut ? 1 : 0);
  return {
    body: {
      anchors,
      textLinks: textLinks.links,
      htmlTextLinks: htmlTextLinks.links,
      mergeTags: [...(html ? findMergeTags(html.rawText) : []), ...(text ? findMergeTags(text) : [])],
      visibleText: [html?.text ?? '', text].filter(Boolean).join('\n'),
      imageAlts: html?.imageAlts ?? [],
    },
    links: allAnchors.length + counted(textLinks) + counted(htmlTextLinks),
  };
};
