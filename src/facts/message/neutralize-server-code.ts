// Mail templates (PHP layouts, CakePHP/Laravel views) embed server code that prints the real
// link at render time: `<?php echo $base . '/newsletter/unsubscribe/' . $code; ?>`. parse5 would
// read such a block as a bogus comment ending at the first `>` (often the `->` of a method call)
// and leak the rest as text. An expression block without markup is turned into a `{{ … }}`
// placeholder instead, so it counts like any other merge tag. Blocks that print HTML
// (they contain `<`) lose only their delimiters, so parse5 sees the markup they print.

const OPEN = '<?';
const CLOSE = '?>';

export const neutralizeServerCode = (html: string): string => {
  let i = html.indexOf(OPEN);
  if (i < 0) return html;
  const out: string[] = [];
  let last = 0;
  while (i >= 0) {
    const close = html.indexOf(CLOSE, i + 2);
    if (close < 0) break;
    const body = html.slice(i + 2, close);
    if (!body.startsWith('xml')) {
      const code = body.replace(/^(?:php|=)/i, '');
      // Code that prints markup keeps the markup for parse5 (the delimiters go); an expression
      // becomes a placeholder with its quotes and `->` arrows made harmless for the HTML parser.
      out.push(html.slice(last, i), code.includes('<') ? ` ${code} ` : `{{${code.replace(/["']/g, '`').replace(/>/g, ' ')}}}`);
      last = close + 2;
    }
    i = html.indexOf(OPEN, close + 2);
  }
  out.push(html.slice(last));
  return out.join('');
};
