import { find } from 'linkifyjs';

export interface TextLink {
  readonly href: string;
  /** Up to 80 characters of text before the link: the words that say what it is for. */
  readonly context: string;
}

/** Links in a plain-text part, each with the text that leads up to it. */
export const findTextLinks = (text: string): TextLink[] =>
  find(text)
    .filter((m) => m.type === 'url' || m.type === 'email')
    .map((m) => ({ href: m.href, context: text.slice(Math.max(0, m.start - 80), m.start) }));
