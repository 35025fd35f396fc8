import type { Block, Inline } from './notice-doc.js';
import { escapeControl } from './formatters/escape.js';

// Markdown metacharacters that could turn customer text (addresses, subjects, evidence) into
// links, HTML or emphasis. One pass over the string; no regex.
const MD_SPECIAL = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '!']);

export const escapeMarkdown = (s: string): string => {
  let out = '';
  for (const ch of escapeControl(s)) out += MD_SPECIAL.has(ch) ? `\\${ch}` : ch;
  return out;
};

const inlineMd = (parts: readonly Inline[]): string =>
  parts.map((p) => (typeof p === 'string' ? escapeMarkdown(p) : `**${escapeMarkdown(p.strong)}**`)).join('');

const inlineText = (parts: readonly Inline[]): string => escapeControl(parts.map((p) => (typeof p === 'string' ? p : p.strong)).join(''));

export const renderMarkdown = (blocks: readonly Block[]): string =>
  blocks
    .map((b) => {
      switch (b.type) {
        case 'title': return `# ${escapeMarkdown(b.text)}`;
        case 'heading': return `## ${escapeMarkdown(b.text)}`;
        case 'subheading': return `### ${escapeMarkdown(b.text)}`;
        case 'paragraph': return inlineMd(b.parts);
        case 'list': return b.items.map((i) => `- ${inlineMd(i)}`).join('\n');
      }
    })
    .join('\n\n') + '\n';

const underline = (raw: string, ch: string): string => {
  const text = escapeControl(raw);
  return `${text}\n${ch.repeat([...text].length)}`;
};

export const renderText = (blocks: readonly Block[]): string =>
  blocks
    .map((b) => {
      switch (b.type) {
        case 'title': return underline(b.text, '=');
        case 'heading': return underline(b.text, '-');
        case 'subheading': return underline(b.text, '·');
        case 'paragraph': return inlineText(b.parts);
        case 'list': return b.items.map((i) => `  - ${inlineText(i)}`).join('\n');
      }
    })
    .join('\n\n') + '\n';
