import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpaces, fold, foldedSubstringMatcher, hasWord, squash, substringMatcher, wordClassifier, wordMatcher } from '../../../../src/facts/message/text/word-matcher.js';

describe('wordMatcher', () => {
  it('answers like testing every word with hasWord', () => {
    const alphabet = ['a', 'b', 'ab', 'ba', ' ', '-', 'é', 'ß', '1', "'", 'unsub', 'abmeld', 'opt out', 'x'];
    const piece = fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(piece.filter((w) => w.length > 0), { minLength: 1, maxLength: 6 }), piece, (words, text) => {
        expect(wordMatcher(words)(text)).toBe(words.some((w) => hasWord(text, w)));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches at word starts only', () => {
    const m = wordMatcher(['abmeld', 'opt out']);
    expect(m('bitte hier abmelden')).toBe(true);
    expect(m('opt out now')).toBe(true);
    expect(m('nichtabmelden')).toBe(false);
    expect(m('äabmelden')).toBe(false);
    expect(m('')).toBe(false);
  });
});

describe('collapseSpaces and squash', () => {
  it('equal the regular expressions they stand for', () => {
    const piece = fc.constantFrom('a', 'ß', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2029', '\u3000', '\ufeff', '\u200b', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, ' '));
        expect(squash(s)).toBe(s.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 3000 },
    );
  });
});

describe('fold', () => {
  const definition = (s: string): string =>
    s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\u00df/g, 'ss').replace(/[\u2018\u2019\u02bc\u00b4]/g, "'");
  const latin: string[] = [];
  for (const [from, to] of [[0x41, 0x5a], [0x80, 0x24f], [0x2000, 0x206f], [0x20a0, 0x20cf]] as const) {
    for (let c = from; c <= to; c++) latin.push(String.fromCharCode(c));
  }

  it('folds every pair of Latin letters, punctuation and currency signs as the definition does (ASCII shortcut included)', () => {
    const wrong: string[] = [];
    for (const a of latin) for (const b of latin) if (fold(a + b) !== definition(a + b)) wrong.push(a + b);
    expect(wrong).toEqual([]);
  });

  it('equals the definition on any text, Latin or not', () => {
    const char = fc.oneof(fc.constantFrom(...latin), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('\u0301', 'İ', 'Σ', 'ς', 'ǅ', '’'));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 16 }), (chars) => {
        const s = chars.join('');
        expect(fold(s)).toBe(definition(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('substringMatcher', () => {
  it('answers like testing every word with includes', () => {
    const alphabet = ['a', 'b', 'ab', 'ba', '-', '_', 'é', '1', 'unsub', 'abmeld', 'x'];
    const piece = fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), piece, (words, text) => {
        expect(substringMatcher(words)(text)).toBe(words.some((w) => text.includes(w)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wordClassifier', () => {
  it('sets bit i exactly when wordMatcher(lists[i]) matches', () => {
    const alphabet = ['a', 'b', 'ab', ' ', '-', 'é', '1', 'unsub', 'opt out', 'x'];
    const piece = fc.array(fc.constantFrom(...alphabet), { maxLength: 6 }).map((p) => p.join(''));
    const lists = fc.array(fc.array(piece, { maxLength: 4 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(lists, piece, (ls, text) => {
        const expected = ls.reduce((mask, l, i) => (wordMatcher(l)(text) ? mask | (1 << i) : mask), 0);
        expect(wordClassifier(ls)(text)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('foldedSubstringMatcher', () => {
  it('answers like folding the text and testing every word with includes', () => {
    const words = ['unsub', 'opt-out', 'opt_out', 'desabonn', 'darse-de-baja'];
    const m = foldedSubstringMatcher(words);
    const piece = fc.constantFrom('UNSUB', 'Unsub', 'unsüb', 'opt-OUT', 'opt_out', 'optout', 'Désabonner', 'DARSE-DE-BAJA', '/', '?', 'x', 'ß', 'İ', 'K');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(m(text)).toBe(words.some((w) => fold(text).includes(w)));
      }),
      { numRuns: 3000 },
    );
  });
});
