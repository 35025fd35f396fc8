// findTextLinks hands linkifyjs only the runs of non-space characters that can hold a link.
// These tests hold it to the links linkifyjs finds in the whole text, offsets included, with
// the deliberate differences: `"`, `<` and `>` end a URL as a space does, a URL opened by `'`
// ends at the next `'`, and a URL ending in a merge tag keeps the tag's closers.
import fc from 'fast-check';
import { find } from 'linkifyjs';
import { describe, expect, it } from 'vitest';
import { closeMergeTag, endAtQuote, findTextLinks, type LinkMatch } from '../../../../src/facts/message/text/find-text-links.js';

const reference = (text: string) => {
  const spaced = text.replace(/["<>]/g, ' '); // one character for one: offsets stay
  const out: LinkMatch[] = [];
  for (const m of find(spaced)) {
    if (m.type !== 'url' && m.type !== 'email') continue;
    const q = endAtQuote(text, { href: m.href, value: m.value, type: m.type, start: m.start, end: m.end });
    if (q !== undefined) out.push(closeMergeTag(text, q));
  }
  return out;
};

const ours = (text: string) => findTextLinks(text).map(({ href, value, type, start, end }) => ({ href, value, type, start, end }));

const FRAGMENTS = [
  'http://', 'https://', 'HTTPS://', 'ftp://', 'mailto:', 'tel:', 'www.', 'shop', 'x', 'Ä', 'ü', '1', '42', '192.168.0.1',
  '.de', '.com', '.example', '.co.uk', '.museum', '.xn--p1ai', 'xn--bcher-kva', 'localhost', 'LocalHost', ':8080',
  '@', '.', '..', ':', '/', '?', '=', '&', '#', '%', '~', '-', '_', '+', ',', ';', '!', "'", '"', '(', ')', '[', ']',
  '{', '}', '<', '>', '（', '）', '＜', '＞', '。', '・', '…', '😀', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2029',
  '\u3000', '\ufeff', '\ufffc', '\u200b', 'Impressum: ', 'abmelden ', 'news@shop.de', 'shop.example/u?id=5',
  'Http://', '{{subscriber_id}}', '{{', '}}', '%20', '/p/12?utm_source=newsletter', '*', '$', '|', '^', '`', '\\', '=',
];

// Lines as newsletters write them: lead-in words, then a link (mostly plain http(s) URLs, which
// findTextLinks reads without linkifyjs, between ones it must hand over), then punctuation and words.
const WORDS = ['Hallo', 'Jetzt', 'kaufen:', 'Impressum:', 'Newsletter', 'abbestellen:', '(siehe', 'Tage.', '20 %', '–', 'z.B.', 'Mo.–Fr.)'];
const LINKS = ['https://shop.example/p/12?utm_source=newsletter', 'http://x.de', 'HTTPS://Shop.Example/A_(b)', 'https://a.de/x%20y',
  'https://shop.example/newsletter/abmelden?id={{subscriber_id}}', 'http://a.de/[1]', 'https://a.de/<x>', 'https://1.2.3.4:8080/~u@me#top',
  'https://münchen.de/x', 'news@shop.de', 'www.shop.de/hilfe', 'http://localhost:8080/x', '<https://shop.example/u>', 'http://.de', 'https://-a.de/'];
const line = fc.tuple(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }),
  fc.array(fc.tuple(fc.constantFrom(...LINKS), fc.constantFrom('', '', '.', ',', ')', '!', '?', ':', ').', '"', '}', '>', '…')), { maxLength: 3 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }),
  fc.constantFrom(' ', ' ', '  ', '\t', '\u00a0'),
).map(([lead, links, tail, sp]) => [...lead, ...links.map(([l, p]) => l + p), ...tail].join(sp));

describe('findTextLinks finds exactly the links linkifyjs finds in the whole text', () => {
  it('on mail-like text with links, emails, punctuation and every kind of space', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(ours(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('on multi-line texts of plain URLs beside links linkifyjs must read', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\n\n'), (lines, nl) => {
        const text = lines.join(nl);
        expect(ours(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  // Runs linkifyjs is no longer handed unless a dot precedes a word it reads as a TLD, a colon
  // follows a scheme, or "localhost" occurs: labels that are TLDs and ones that are not, in any
  // case, schemes (with hyphens), emails, ports and non-ASCII words, without spaces between.
  const LABELS = ['a', 'de', 'DE', 'De', 'com', 'co', 'uk', 'dex', 'xde', 'de1', '1de', 'museum', 'example', 'online', 'localhost',
    'http', 'https', 'HTTP', 'mailto', 'file', 'ftp', 'x-http', 'ms-settings', 'xn--p1ai', 'ü', 'рф', 'münchen', 'a1', '42', '_', ''];
  const GLUE = ['.', '.', '.', '..', ':', '://', ':8080', '@', '-', '/', '?', '#', ';', ',', '.ü', '.рф', ' ', '(', ')', '%', '+'];
  it('on runs of labels, TLDs, schemes and glue (which runs reach linkifyjs)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...LABELS), fc.constantFrom(...GLUE)), { maxLength: 12 }), (pairs) => {
        const text = pairs.map(([l, g]) => l + g).join('');
        expect(ours(text)).toEqual(reference(text));
      }),
      { numRuns: 4000 },
    );
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        expect(ours(text)).toEqual(reference(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('on a newsletter text part', () => {
    const text = [
      'Hallo Anna,', '', 'Winterjacke – jetzt 20 % günstiger: https://shop.example/p/1?utm_source=newsletter.', '',
      'Fragen? support@shop.de oder www.shop.de/hilfe (Mo.–Fr.). Lokal: http://localhost:8080/x, localhost',
      'Newsletter abbestellen: <https://shop.example/newsletter/abmelden?id={{subscriber_id}}>',
      'Beispiel Shop GmbH, Musterstraße 1, 10115 Berlin, z.B. HRB 123456',
    ].join('\n');
    expect(ours(text)).toEqual(reference(text));
    expect(ours(text).length).toBeGreaterThan(4);
  });
});

describe('a URL that ends in a merge tag keeps the tag’s closing braces (linkifyjs drops the last one)', () => {
  const link = (text: string) => findTextLinks(text).map(({ href, value, end }) => ({ href, value, end }));

  it('takes the closers the URL lacks, for {{…}}, {{{…}}} and [[…]], with or without a scheme', () => {
    expect(link('Abmelden: https://shop.example/u?id={{subscriber_id}}')).toEqual([
      { href: 'https://shop.example/u?id={{subscriber_id}}', value: 'https://shop.example/u?id={{subscriber_id}}', end: 53 },
    ]);
    expect(link('https://a.de/?id={{{x}}} y')[0]!.value).toBe('https://a.de/?id={{{x}}}');
    expect(link('https://a.de/?u=[[UNSUB]] y')[0]!.value).toBe('https://a.de/?u=[[UNSUB]]');
    expect(link('www.a.de/?id={{x}}.')[0]).toEqual({ href: 'http://www.a.de/?id={{x}}', value: 'www.a.de/?id={{x}}', end: 18 });
  });

  it('takes nothing else: closers the URL does not lack, and whatever follows them', () => {
    expect(link('https://a.de/x} y')[0]!.value).toBe('https://a.de/x');
    expect(link('https://a.de/{x}} y')[0]!.value).toBe('https://a.de/{x}');
    expect(link('https://a.de/?a={{b}}/c y')[0]!.value).toBe('https://a.de/?a={{b}}/c');
    expect(link('https://a.de/?id={{x}}}} y')[0]!.value).toBe('https://a.de/?id={{x}}');
    expect(link('https://a.de/?id={{x} y')[0]!.value).toBe('https://a.de/?id={{x}');
  });

  it('reads the text part’s unsubscribe link as the same link as the HTML part’s href', async () => {
    const { analyzeMessage } = await import('../../../../src/index.js');
    const url = 'https://shop.example/newsletter/abmelden?id={{subscriber_id}}';
    const facts = analyzeMessage({
      from: 'news@shop.example', subject: 'Hi', purpose: 'newsletter',
      html: `<p><a href="${url}">Newsletter abbestellen</a></p>`, text: `Newsletter abbestellen: ${url}`,
    });
    expect(facts.unsubscribe.links).toEqual([url]);
    expect(facts.unsubscribe.found.map((f) => f.source)).toEqual(['html-anchor', 'text-part']);
  });
});
