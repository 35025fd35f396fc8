import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sentenceAfter, sentenceBefore } from '../../../../src/facts/message/text/sentence-context.js';

// The string-indexing scans these replaced (read by character codes now), kept as the reference.
const WINDOW = 200;
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0';
const isTerminator = (c: string | undefined): boolean => c === '.' || c === '!' || c === '?';
const referenceBefore = (text: string, start: number, floor = 0): string => {
  let end = start;
  while (end > floor && isSpace(text[end - 1])) end--;
  const from = Math.max(floor, end - WINDOW);
  let cut = from;
  for (let i = end - 1; i >= from; i--) {
    const c = text[i];
    if (c === '\u2029') { cut = i + 1; break; }
    if ((c === '?' || c === '!') && i >= end - 2) continue;
    if (isTerminator(c) && (i === end - 1 || isSpace(text[i + 1]))) { cut = i + 1; break; }
    if (c === '\n' && i > from && text[i - 1] === '\n') { cut = i + 1; break; }
  }
  return text.slice(cut, end).trim();
};
const referenceAfter = (text: string, end: number, ceiling = text.length): string => {
  const to = Math.min(ceiling, end + WINDOW);
  let i = end;
  for (; i < to; i++) {
    const c = text[i];
    if (c === '\u2029') break;
    if (isTerminator(c) && (i + 1 >= text.length || isSpace(text[i + 1]))) { i++; break; }
    if (c === '\n' && text[i + 1] === '\n') break;
  }
  return text.slice(end, i).trim();
};

const piece = fc.constantFrom(' ', '\n', '\n\n', '\t', '\r', '\f', '\u00a0', '\u2029', '\u2028', '\u3000', '.', '!', '?', '. ', 'a', 'Wort', 'ü', '😀', '\ud800', 'x'.repeat(120));
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
});
