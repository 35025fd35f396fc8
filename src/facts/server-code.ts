// Mail templates (PHP layouts, CakePHP/Laravel views) embed server code that prints the real
// link at render time: `<?php echo $base . '/newsletter/unsubscribe/' . $code; ?>`. parse5 would
// read such a block as a bogus comment ending at the first `>` (often the `->` of a method call)
// and leak the rest as text. An expression block without markup is turned into a `{{ … }}`
// placeholder instead, so it counts like any other merge tag. Blocks that print HTML
// (they contain `<`) are left to parse5, which then sees the markup they print.

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
    if (!body.includes('<') && !body.startsWith('xml')) {
      const code = body.replace(/^(?:php|=)/i, '').replace(/["']/g, '`').replace(/>/g, ' ');
      out.push(html.slice(last, i), `{{${code}}}`);
      last = close + 2;
    }
    i = html.indexOf(OPEN, close + 2);
  }
  out.push(html.slice(last));
  return out.join('');
};
