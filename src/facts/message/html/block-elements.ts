/** Elements that start a new line; custom MJML blocks (mj-*) count as blocks too. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** A block element by its lower-case tag name: the HTML reader ends a block (U+2029) at its tags. */
export const isBlock = (tag: string): boolean => BLOCK.has(tag) || tag.startsWith('mj-');
