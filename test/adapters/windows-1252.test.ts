// Mail in Windows-1252 reads as the WHATWG Encoding Standard (and so every browser) reads it,
// in Node too: Node 20's TextDecoder('windows-1252') gives the C1 controls U+0080–U+009F for the
// bytes 0x80–0x9F. The expected text is the WHATWG index written out here, not computed by the
// code under test. The browser test (test/package/browser.test.ts) runs the same bytes in
// Chromium and compares.
import { describe, expect, it } from 'vitest';
import { fromEml } from '../../src/index.js';
import { c1AsWindows1252, decodeWindows1252 } from '../../src/adapters/windows-1252.js';
import { undeclared8bitMail, windows1252Mail } from '../helpers/windows-1252-mail.js';

/** https://encoding.spec.whatwg.org/index-windows-1252.txt, pointers 0–31 (bytes 0x80–0x9F). */
const WHATWG = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];
const high = Array.from({ length: 32 }, (_, i) => 0x80 + i);
const expected = String.fromCodePoint(...WHATWG);

describe('windows-1252 bytes 0x80–0x9F', () => {
  it.each(['windows-1252', 'iso-8859-1', 'us-ascii', 'latin1'])('decode as WHATWG windows-1252 when labelled %s', async (charset) => {
    const m = await fromEml(windows1252Mail(charset));
    expect(m.subject).toBe(expected);
    expect(m.from).toBe(`"Shop ${expected}" <news@shop.example>`);
    expect(m.text?.trim()).toBe(`Preis € 10 “Angebot” ${expected}`);
  });

  it('decode as WHATWG windows-1252 in an undeclared 8-bit body (read again as Windows-1252)', async () => {
    expect((await fromEml(undeclared8bitMail())).text?.trim()).toBe('“Grüße” €');
  });

  it('leave UTF-8 text outside the C1 controls as it is', async () => {
    const raw = new TextEncoder().encode('From: news@shop.example\r\nSubject: Grüße €\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n“Grüße” € ÿ é\r\n');
    const m = await fromEml(raw);
    expect(m.subject).toBe('Grüße €');
    expect(m.text?.trim()).toBe('“Grüße” € ÿ é');
  });

  it('decodeWindows1252 and c1AsWindows1252 give the index for every byte', () => {
    const all = Array.from({ length: 256 }, (_, i) => i);
    const want = all.map((b) => (b >= 0x80 && b <= 0x9f ? String.fromCodePoint(WHATWG[b - 0x80]!) : String.fromCharCode(b))).join('');
    expect(decodeWindows1252(new Uint8Array(all))).toBe(want);
    // Both readings a runtime may make of 0x80–0x9F come out the same.
    expect(c1AsWindows1252(String.fromCharCode(...high))).toBe(expected);
    expect(c1AsWindows1252(expected)).toBe(expected);
  });
});
