import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutUtf8, utf8Length } from '../../../src/facts/message/analysis-limits.js';
import { analyzeMessage } from '../../../src/facts/index.js';

describe('size facts', () => {
  it('takes rawSize when given', () => {
    expect(analyzeMessage({ from: 'a@shop.de', subject: 's', html: '<p>x</p>', rawSize: 12345 })).toMatchObject({ sizeBytes: 12345, htmlBytes: 8 });
  });

  it('counts UTF-8 bytes of headers and bodies otherwise', () => {
    const small = analyzeMessage({ from: 'a@shop.de', subject: 's', text: 'a' });
    const umlaut = analyzeMessage({ from: 'a@shop.de', subject: 's', text: 'ä' });
    expect(umlaut.sizeBytes - small.sizeBytes).toBe(1); // ä is two bytes in UTF-8
    const withHeader = analyzeMessage({ from: 'a@shop.de', subject: 's', text: 'a', headers: { 'X-Long': 'y'.repeat(100) } });
    expect(withHeader.sizeBytes - small.sizeBytes).toBeGreaterThanOrEqual(100);
  });

  it('measures the HTML body alone as htmlBytes', () => {
    const f = analyzeMessage({ from: 'a@shop.de', subject: 's', html: '€'.repeat(10), text: 'plain' });
    expect(f.htmlBytes).toBe(30);
    expect(f.sizeBytes).toBeGreaterThan(35);
  });
});

describe('utf8Length', () => {
  it('counts what TextEncoder writes, short and long, lone surrogates included', () => {
    const enc = new TextEncoder();
    const piece = fc.constantFrom('a', 'ß', '€', '😀', '\uD800', '\uDC00', 'x'.repeat(300));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const s = parts.join('');
        expect(utf8Length(s)).toBe(enc.encode(s).length);
        expect(cutUtf8(s, 1e9).bytes).toBe(enc.encode(s).length);
      }),
      { numRuns: 2000 },
    );
  });
});
