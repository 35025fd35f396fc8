// Whatever HTML, text or headers a caller hands in, analyzeMessage answers and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../src/facts/index.js';

// Pieces that exercise every scanner: tags, attributes, merge-tag delimiters, PHP, URLs, addresses.
const piece = fc.constantFrom(
  '<a href="', '">', '</a>', '<p>', '</p>', '<div style="display:none">', '<br>', '<?php echo $x->y; ?>', '<?php', '?>',
  '{{', '}}', '{%', '%}', '*|', '|*', '%', '[', ']', '<%', '%>', '${', '}', 'unsubscribe', 'abmelden', 'Impressum',
  'https://shop.de/u', 'mailto:a@b.de', 'a@b.de', ' ', '\n', '.', '?', '12345 Berlin', 'Hauptstr. 5', 'GmbH', 'HRB 1',
  '<img alt="x">', '<!--', '-->', '<script>', '</script>', '&amp;', '\u2029', '\uFFFD', 'ß', 'é',
);
const body = fc.oneof(fc.array(piece, { maxLength: 60 }).map((p) => p.join('')), fc.string({ maxLength: 200, unit: 'grapheme' }));

describe('analyzeMessage on arbitrary bodies and headers', () => {
  it('never throws and keeps its shape', () => {
    fc.assert(
      fc.property(body, body, body, (html, text, header) => {
        const f = analyzeMessage({
          from: '"Shop" <news@shop.de>',
          subject: 's',
          html,
          text,
          headers: { 'List-Unsubscribe': header, 'List-Unsubscribe-Post': header },
        });
        expect(typeof f.unsubscribe.inBody).toBe('boolean');
        expect(typeof f.imprint.present).toBe('boolean');
        expect(f.unsubscribe.links.length).toBeLessThanOrEqual(f.unsubscribe.found.length);
      }),
      { numRuns: 300 },
    );
  });

  it('answers for arbitrary From values without throwing (invalid ones are just invalid)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 120 }), (from) => {
        const f = analyzeMessage({ from, subject: 's' });
        expect(typeof f.sender.valid).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
