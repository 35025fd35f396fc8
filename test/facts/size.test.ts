import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/facts/index.js';

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
