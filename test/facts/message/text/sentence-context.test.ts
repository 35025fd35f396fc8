import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isBlock } from '../../../../src/facts/message/html/block-elements.js';
import { sentenceAfter, sentenceBefore } from '../../../../src/facts/message/text/sentence-context.js';

// The string-indexing scans these replaced (read by character codes now), kept as the reference.
const WINDOW = 200;
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0';
const isTerminator = (c: string | undefined): boolean => c === '.' || c === '!' || c === '?';
/** A block element's tag written as text starts at i: `<`, optional `/`, a block name, then `>`, `/` or a space. */
const blockTag = (text: string, i: number): boolean => {
  const m = /^<\/?([A-Za-z0-9-]{1,24})[>/ \n\t\r\f]/.exec(text.slice(i, i + 28));
  return m !== null && isBlock(m[1]!.toLowerCase());
};
const referenceBefore = (text: string, start: number, floor = 0): string => {
  let end = start;
  while (end > floor && isSpace(text[end - 1])) end--;
  const from = Math.max(floor, end - WINDOW);
  let cut = from;
  let leadIn = false;
  const words = (a: number, b: number): number => text.slice(a, b).split(/[ \n\t\r\f\u00a0]+/).filter(Boolean).length;
  for (let i = end - 1; i >= from; i--) {
    const c = text[i];
    if (c === '\u2029') { cut = i + 1; break; }
    if (c === '<' && blockTag(text, i)) {
      const gt = text.indexOf('>', i);
      cut = gt >= 0 && gt < end ? gt + 1 : end;
      break;
    }
    if ((c === '?' || c === '!') && i >= end - 2) continue;
    if (isTerminator(c) && (i === end - 1 || isSpace(text[i + 1]))) {
      if (c === '?' && !leadIn && words(i + 1, end) <= 4) { leadIn = true; continue; }
      cut = i + 1;
      break;
    }
    if (c === '\n' && i > from && text[i - 1] === '\n') { cut = i + 1; break; }
  }
  return text.slice(cut, end).trim();
};
/** The link ends its line (spaces, then a line break) and the next line does not start lower-case. */
const startsNewLine = (text: string, end: number, to: number): boolean => {
  const m = /^[ \t\r]*\n[ \t]*/.exec(text.slice(end, to));
  if (!m) return false;
  const next = text.slice(end + m[0].length, to)[0];
  return next === undefined || !(next !== next.toUpperCase() && next === next.toLowerCase());
};
const referenceAfter = (text: string, end: number, ceiling = text.length): string => {
  const to = Math.min(ceiling, end + WINDOW);
  if (startsNewLine(text, end, to)) return '';
  let i = end;
  for (; i < to; i++) {
    const c = text[i];
    if (c === '\u2029' || (c === '<' && blockTag(text, i))) break;
    if (isTerminator(c) && (i + 1 >= text.length || isSpace(text[i + 1]))) { i++; break; }
    if (c === '\n' && text[i + 1] === '\n') break;
  }
  return text.slice(end, i).trim();
};

const piece = fc.constantFrom(' ', '\n', '\n\n', 'Ab', 'é', 'É', '\r\n', '\t', '\r', '\f', '\u00a0', '\u2029', '\u2028', '\u3000', '.', '!', '?', '. ', 'a', 'Wort', 'ü', '😀', '\ud800', 'x'.repeat(120),
  '<', '>', '/', '<BR>', '<br/>', '<br />', '</P>', '<P ALIGN=CENTER>', '</DIV>', '<div', '<li>', '<mj-text>', '</A>', '<bra>',
  '<FONT SIZE=3>', '<' + 'p'.repeat(30) + '>');
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('link context', () => {
  it('cuts the same sentences as the string-indexing reference, at every position', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const n = t.length + 2; // one past the end too
        const [lo, hi] = [a % n, b % n].sort((x, y) => x - y) as [number, number];
        expect(sentenceBefore(t, hi, lo)).toBe(referenceBefore(t, hi, lo));
        expect(sentenceBefore(t, hi)).toBe(referenceBefore(t, hi));
        expect(sentenceAfter(t, lo, hi)).toBe(referenceAfter(t, lo, hi));
        expect(sentenceAfter(t, lo)).toBe(referenceAfter(t, lo));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a lead-in across a line break, stops at a sentence end and a blank line', () => {
    expect(sentenceBefore('Danke. Keine Lust mehr?\n', 24)).toBe('Keine Lust mehr?');
    expect(sentenceBefore('Danke. Hier abmelden:\n', 22)).toBe('Hier abmelden:');
    expect(sentenceBefore('Alt.\n\nNeu hier', 14)).toBe('Neu hier');
    expect(sentenceAfter('x abmelden. Rest', 1)).toBe('abmelden.');
  });

  // Issue 16, pattern "a question says it, a short call to click holds the link".
  it('takes the question before a short call to click as its lead-in, once', () => {
    const t = 'Beste Grüsse. Sie möchten keine News mehr erhalten? Klicken Sie bitte hier';
    expect(sentenceBefore(t, t.length - 4)).toBe('Sie möchten keine News mehr erhalten? Klicken Sie bitte');
    expect(sentenceBefore('Had enough? Then click here to', 30)).toBe('Had enough? Then click here to');
    // A call of five words or more is a sentence of its own; only one question is taken.
    expect(sentenceBefore('Want less? Read the full story on our blog', 42)).toBe('Read the full story on our blog');
    expect(sentenceBefore('Why? Who? Click', 15)).toBe('Who? Click');
    // A statement before the call is not a lead-in.
    expect(sentenceBefore('You will get no more mail. Click here', 37)).toBe('Click here');
  });

  it('after a link that ends its line, takes the next line only when it starts lower-case', () => {
    const text = 'https://x.example/v\nUnsubscribe: https://x.example/u';
    expect(sentenceAfter(text, 19)).toBe('');
    expect(sentenceAfter('https://x.example/v \r\n  Österreich abmelden', 19)).toBe('');
    expect(sentenceAfter('https://x.example/v\nto unsubscribe. More', 19)).toBe('to unsubscribe.');
    expect(sentenceAfter('https://x.example/v\nüber uns abmelden. More', 19)).toBe('über uns abmelden.');
    expect(sentenceAfter('https://x.example/v to unsubscribe\nNext', 19)).toBe('to unsubscribe\nNext');
  });

  // Issue 16, pattern "HTML line and paragraph markup written as text in a text part".
  describe('a block element tag written as text bounds the context as a blank line does', () => {
    it('English: the opt-out sentence in the next block is not the link’s context', () => {
      const t = 'For more details please <A HREF="http://x.example/ATV">CLICK HERE</A></FONT><BR> \n<BR> To be Removed send a mail.';
      const end = t.indexOf('"', 35);
      expect(sentenceAfter(t, end)).toBe('">CLICK HERE</A></FONT>');
      expect(sentenceBefore('To be removed, reply.</P><P ALIGN=CENTER>Shop now: http', 51)).toBe('Shop now:');
    });

    it('German: </p>, <br/> and </DIV> in any case end the block', () => {
      expect(sentenceAfter('https://x.example/v</p><p>Vom Newsletter abmelden', 19)).toBe('');
      expect(sentenceAfter('https://x.example/v Mehr lesen<br/>Abmelden', 19)).toBe('Mehr lesen');
      expect(sentenceBefore('Newsletter abbestellen</DIV>\n Alle Angebote: https', 45)).toBe('Alle Angebote:');
      expect(sentenceBefore('Newsletter abbestellen<BR />https', 28)).toBe('');
    });

    it('leaves inline tags, non-block names and a lone < alone', () => {
      expect(sentenceAfter('https://x.example/u <b>zum Abmelden</b> hier.', 19)).toBe('<b>zum Abmelden</b> hier.');
      expect(sentenceAfter('https://x.example/u <bra> 3 < 4 to unsubscribe.', 19)).toBe('<bra> 3 < 4 to unsubscribe.');
    });
  });
});
