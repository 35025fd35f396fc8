import { find } from 'linkifyjs';
import { sentenceAfter, sentenceBefore } from './context.js';
import { squash } from './fold.js';

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

/** Bare links (URLs and email addresses) in plain text, each with its immediate context. */
export const findTextLinks = (text: string): TextLink[] => {
  const matches = find(text).filter((m) => m.type === 'url' || m.type === 'email');
  // A link's context stops at its neighbours: "Unsubscribe: URL1  Shop: URL2" gives URL2 only "Shop:".
  return matches.map((m, i) => ({
    href: m.href,
    value: m.value,
    type: m.type as 'url' | 'email',
    context: squash(sentenceBefore(text, m.start, i > 0 ? matches[i - 1]!.end : 0)),
    after: squash(sentenceAfter(text, m.end, i + 1 < matches.length ? matches[i + 1]!.start : text.length)),
    start: m.start,
    end: m.end,
  }));
};
