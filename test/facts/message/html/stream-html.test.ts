// The tokenizer stream (html-stream.ts) must give exactly the facts of the parse5 tree walk
// whenever it does not hand over to the tree: on real mail, on the bench newsletter and on
// generated tag soup full of the repairs the tree builder makes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMessage, resolveCorpusDir, type CorpusEntry } from '../../../../scripts/corpus-eval.js';
import { newsletterHtml } from '../../../../bench/newsletter.js';
import { analyzeHtml, analyzeHtmlTree, isHidden } from '../../../../src/facts/message/html/analyze-html.js';
import { streamHtml } from '../../../../src/facts/message/html/stream-html.js';
import { blockLines } from '../../../../src/facts/message/html/html-collector.js';
import { neutralizeServerCode } from '../../../../src/facts/message/neutralize-server-code.js';

/** The stream's facts equal the tree's, or the stream handed over; returns whether it streamed. */
const agrees = (markup: string): boolean => {
  const streamed = streamHtml(markup);
  if (streamed !== null) expect(streamed).toEqual(analyzeHtmlTree(markup));
  return streamed !== null;
};

const TAGS = [
  '<!doctype html>', '<html>', '<html lang="de">', '</html>', '<head>', '</head>', '<body>', '<body style="margin:0">', '</body>',
  '<meta charset="utf-8">', '<title>T</title>', '<style>p{}</style>', '<script>var a = "</div>";</script>', '<link rel="x">',
  '<noscript>ns</noscript>', '<template><p>t</p></template>', '<!-- c -->', '<table>', '</table>', '<tbody>', '</tbody>', '<thead>',
  '<tr>', '</tr>', '<td>', '</td>', '<th>', '</th>', '<caption>', '</caption>', '<colgroup><col>', '</colgroup>', '<p>', '</p>',
  '<div>', '</div>', '<div hidden>', '<div style="display: None !important">', '<span style="mso-hide:all">', '<span>', '</span>',
  '<b>', '</b>', '<i>', '</i>', '<a href="https://x.example/u">', '<a href="/p" title="Abmelden">', '</a>', '<img alt="Logo">',
  '<img src="x.png">', '<br>', '</br>', '<hr>', '<ul>', '</ul>', '<ol>', '</ol>', '<li>', '</li>', '<dl>', '<dt>', '<dd>', '</dd>',
  '<h1>', '</h1>', '<h2>', '</h2>', '<pre>', '</pre>', '<textarea>', '</textarea>', '<xmp>', '</xmp>', '<center>', '</center>',
  '<font color="red">', '</font>', '<form>', '</form>', '<button>', '</button>', '<select><option>o', '</select>', '<svg><path/></svg>',
  '<mj-button href="/m">', '</mj-button>', '<v:roundrect href="/v">', '</v:roundrect>', '<f:link.action pageUid="5">', '</f:link.action>',
  '<area href="/ar" alt="Area">', '<object>', '</object>', '<iframe>', '</iframe>', '<nobr>', '</nobr>', '<input>', '<option>',
  '<plaintext>', '\u0000',
];
// Whitespace the tokenizer does not count as such but JavaScript's \s does (no-break and
// ideographic spaces, vertical tab, a CR written as a reference), and \f, which it does.
const TEXTS = [
  '\n', ' ', '  \n\t', 'Hallo', ' Welt. ', 'Abmelden', 'Impressum: ', 'x &amp; y', '&nbsp;', '&#32;', '\r\n', 'ü',
  '\u00a0', 'a\u3000 b', '\v', '&#13;', '&#x2028;', '\f', ' &nbsp; ', '&NewLine;',
];

const soup = fc.array(fc.oneof(fc.constantFrom(...TAGS), fc.constantFrom(...TEXTS)), { maxLength: 40 }).map((parts) => parts.join(''));

describe('HTML facts from the tokenizer stream', () => {
  it('equal the tree walk on generated tag soup', () => {
    let streamed = 0;
    fc.assert(
      fc.property(soup, (markup) => {
        if (agrees(markup)) streamed++;
      }),
      { numRuns: 5000 },
    );
    // The stream must actually take on a good share of the cases, or this test proves nothing.
    expect(streamed).toBeGreaterThan(500);
  });

  it('equal the tree walk on well-nested newsletter-like markup, which streams', () => {
    const block = fc.constantFrom(
      '<p>Hallo <b>Anna</b>,<br>willkommen.</p>', '<div style="display:none">Preheader</div>', '<a href="/u">Abmelden</a>',
      '<table><tr><td>1</td><td><a href="/i">Impressum</a></td></tr></table>', '<ul><li>eins</li><li>zwei<li>drei</ul>',
      '<p>offen<div>Block</div>', '<pre>\nvor</pre>', '<h1>Titel</h1>', '\n  ', '<img alt="Bild">', 'Text. ', '<!-- x -->',
      '<table><tbody><tr><td><p>Zelle</td></tr></tbody></table>', '<center><font color="red">rot</font></center>',
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), fc.boolean(), (blocks, wrap) => {
        const body = blocks.join('');
        const markup = wrap ? `<!DOCTYPE html><html><head><title>t</title></head>\n<body>${body}</body></html>\n` : body;
        expect(agrees(markup)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('stream the bench newsletter, with the same facts as the tree', () => {
    expect(agrees(newsletterHtml(60_000))).toBe(true);
  });

  it('equal the tree walk on every HTML body of the labelled corpus', async () => {
    const dir = resolveCorpusDir();
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusEntry[];
    for (const entry of manifest) {
      const html = (await loadMessage(dir, entry)).html;
      if (html) agrees(neutralizeServerCode(html));
    }
  });

  it('analyzeHtml gives the tree facts whether it streams or not', () => {
    for (const markup of ['<p>a<b>b<p>c</b>d', '<table>foster<tr><td>x</table>', '<p>ok</p>']) {
      expect(analyzeHtml(markup)).toEqual(analyzeHtmlTree(markup));
    }
  });
});

describe('isHidden', () => {
  const reference = (style: string): boolean => {
    const s = style.toLowerCase().replace(/\s+/g, '');
    return s.includes('display:none') || s.includes('visibility:hidden') || s.includes('mso-hide:all');
  };
  it('reads the style as lower case without whitespace, like toLowerCase().replace(/\\s+/g, "")', () => {
    const pieces = [
      'display', 'DISPLAY', ':', ' ', '\t', '\u00a0', '\u2003', 'none', 'NoNe', 'n o n e', 'visibility', 'hidden', 'mso-hide', 'all', ';', 'İ', 'K', 'dd', 'block', '!important',
      'font-family', 'Arial', 'y', 'Y', 'e', 'E', 'a', 'h', 'H', 'n', 'N',
    ];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), { minLength: 1, maxLength: 4 }), (styles) => {
        for (const style of styles.map((parts) => parts.join(''))) {
          expect(isHidden({ tagName: 'div', attrs: [{ name: 'style', value: style }] })).toBe(reference(style));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('blockLines', () => {
  it('equals split at block boundaries, trim, drop empty, join with newlines', () => {
    const piece = fc.constantFrom('a', 'b c', ' ', '\u00a0', '\n', '\t', '\u2029', '\u2029\u2029', '\u3000', '\ufeff', 'ß');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const raw = parts.join('');
        const expected = raw.split('\u2029').map((l) => l.trim()).filter((l) => l.length > 0).join('\n');
        expect(blockLines(raw)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
