import { describe, expect, it } from 'vitest';
import { findOutdatedCitations } from '../../../../src/facts/message/law/outdated-citations.js';

describe('findOutdatedCitations (§ 5 TMG → § 5 DDG)', () => {
  it.each(['Angaben gemäß § 5 TMG', 'Angaben gem. §5 TMG:', '§ 5 Abs. 1 TMG', '§§ 5 TMG', 'Paragraph 5 Telemediengesetz', 'Information pursuant to Sec. 5 TMG'])('finds %j', (text) => {
    const f = findOutdatedCitations(`Shop GmbH\n${text}\nHauptstr. 1`);
    expect(f.present).toBe(true);
    expect(f.replacement).toBe('§ 5 DDG');
  });

  it('names the DDG for other TMG paragraphs', () => {
    expect(findOutdatedCitations('Verantwortlich nach § 7 TMG').replacement).toBe('DDG');
  });

  it.each(['Angaben gemäß § 5 DDG', '§ 18 Abs. 2 MStV', 'TMG-Gruppe GmbH', '§ 55 TMGX', 'Artikel 5 DSGVO'])('ignores %j', (text) => {
    expect(findOutdatedCitations(text).present).toBe(false);
  });
});
