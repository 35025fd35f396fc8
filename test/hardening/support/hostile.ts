// Hostile mail bodies, each a function of a size so one shape serves the full-size
// no-crash test and the growth-ratio test. Sizes are in repetitions of the shape's unit.

export interface HostileShape {
  readonly name: string;
  /** Which body part the shape is for. */
  readonly part: 'html' | 'text';
  readonly make: (n: number) => string;
  /** Repetitions for the full-size no-crash test; absent where a dedicated test covers the full size. */
  readonly full?: number;
  /** Repetitions for the small side of the growth-ratio test (the large side is 4×). */
  readonly ratioBase: number;
}

const repeat = (unit: string, n: number): string => unit.repeat(n);

export const hostileShapes: readonly HostileShape[] = [
  {
    name: '10 MB body of ordinary paragraphs and links',
    part: 'html',
    make: (n) => repeat('<p>Hallo <b>Welt</b>, <a href="https://shop.example/p/1">Angebot</a> &amp; mehr.</p>\n', n),
    ratioBase: 1_500,
  },
  { name: '100,000-deep <div> nesting', part: 'html', make: (n) => `${repeat('<div>', n)}tief${repeat('</div>', n)}`, full: 100_000, ratioBase: 10_000 },
  {
    name: '100,000-deep nesting of mixed elements, never closed',
    part: 'html',
    make: (n) => `${repeat('<span><ul><li><font><section>', Math.ceil(n / 5))}tief`,
    full: 100_000,
    ratioBase: 10_000,
  },
  { name: '100,000-deep formatting elements (active formatting list)', part: 'html', make: (n) => `${repeat('<b>', n)}fett`, full: 100_000, ratioBase: 10_000 },
  { name: '100,000-deep tables (foster parenting)', part: 'html', make: (n) => `${repeat('<table><tr><td>', n)}zelle`, full: 100_000, ratioBase: 6_000 },
  { name: 'misnested formatting tags (adoption agency)', part: 'html', make: (n) => repeat('<b><i><u>x</b></i></u>', n), full: 100_000, ratioBase: 5_000 },
  { name: 'misnested anchors and blocks', part: 'html', make: (n) => repeat('<a href="https://a.example/x"><div><a href="https://b.example/y"><p>z</a></div>', n), full: 20_000, ratioBase: 2_000 },
  { name: 'unclosed tags, comments and attributes', part: 'html', make: (n) => repeat('<div class="a" <p <!-- <a href=\'x ', n), full: 100_000, ratioBase: 5_000 },
  { name: '1 MB href attribute', part: 'html', make: (n) => `<a href="https://shop.example/${'a'.repeat(n)}">Abmelden</a>`, full: 1_000_000, ratioBase: 250_000 },
  { name: '1 MB style attribute of whitespace', part: 'html', make: (n) => `<div style="${' \t\n'.repeat(Math.ceil(n / 3))}display:none">x</div>`, full: 1_000_000, ratioBase: 250_000 },
  { name: '1 MB alt and title attributes', part: 'html', make: (n) => `<a href="#" title="${'t'.repeat(n)}"><img alt="${'ä'.repeat(n)}"></a>`, full: 1_000_000, ratioBase: 250_000 },
  { name: 'NUL bytes and lone surrogates in HTML', part: 'html', make: (n) => repeat('\0<a\0 href="\uD800x">\uDFFF\0abmelden\uD83D</a>\0', n), full: 100_000, ratioBase: 5_000 },
  { name: 'NUL bytes and lone surrogates in text', part: 'text', make: (n) => repeat('\0\uD800 https://x.example/\uDFFF \0', n), full: 50_000, ratioBase: 5_000 },
  { name: '100,000 links in HTML', part: 'html', make: (n) => repeat('<a href="https://shop.example/l">Link</a> ', n), ratioBase: 5_000 },
  { name: '100,000 links in text', part: 'text', make: (n) => repeat('Mehr: https://shop.example/l\n', n), ratioBase: 5_000 },
  { name: 'a body made only of entities', part: 'html', make: (n) => repeat('&amp;&lt;&#x1F600;&nbsp;&#0;&#99999999;&bogus;&amp', n), full: 100_000, ratioBase: 20_000 },
  { name: 'whitespace runs (regex normalisers)', part: 'html', make: (n) => repeat('<p>\n \t\n \r\n</p>', n), ratioBase: 5_000 },
  { name: 'whitespace runs in text', part: 'text', make: (n) => repeat(' \n\t', n), ratioBase: 50_000 },
];
