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
export const findTextLinks = (text: string): TextLink[] =>
  find(text)
    .filter((m) => m.type === 'url' || m.type === 'email')
    .map((m) => ({
      href: m.href,
      value: m.value,
      type: m.type as 'url' | 'email',
      context: squash(sentenceBefore(text, m.start)),
      after: squash(sentenceAfter(text, m.end)),
      start: m.start,
      end: m.end,
    }));
