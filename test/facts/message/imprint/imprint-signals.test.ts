// findImprintSignals searches street and postal-code patterns only in lines with a digit, some
// patterns only where a trigger allows, and the patterns that start with a look-behind without
// it (the look-behind checked in code). All must leave the signals exactly as the plain
// patterns find them over the whole text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findImprintSignals, SIGNAL_PATTERNS, type ImprintSignal } from '../../../../src/facts/message/imprint/imprint-signals.js';

/** The plain patterns over the whole text, in table order, sorted stably (city lines left out). */
const reference = (text: string): ImprintSignal[] => {
  const out: ImprintSignal[] = [];
  for (const p of SIGNAL_PATTERNS) {
    for (const m of text.matchAll(p.pattern)) {
      const match = (m[1] ?? m[0]).trim();
      if (!p.keep || p.keep(match)) out.push({ kind: p.kind, match, index: m.index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
};

const ours = (text: string): ImprintSignal[] => findImprintSignals(text).filter((s) => s.kind !== 'city-line');

const FRAGMENTS = [
  ' ', ' ', '\t', '\n', '\n\n', '\r\n', '\r', '\u2028', ',', '.', '-', '/', "'", '’', '&', ')', 'a', 'A', 'Ä', 'ß', '5', '7', '12', '123', '12345', '1010', '2024', '8001',
  'Beispiel', 'Shop', 'GmbH', 'gGmbH', 'mbH', 'AG', 'SE', 'UG', 'e.K.', 'e. V.', '& Co. KG', 'KGaA', 'Ltd.', 'LLC', 'plc', 'PLC', 'Inc',
  'S.A.R.L.', 'S.r.l.', 'SpA', 'B.V.', 'N.V.', 'Sp. z o.o.', 'A/S', 'Oy', 's.r.o.', 'Corp.', 'Musterstraße', 'Hauptstr.', 'Keizersgracht',
  'Am Markt', 'Straße', 'Weg', 'Main Street', 'Rd.', 'Chemin des Platières', 'via Promis', 'Calle Mayor', 'ul.', 'Rua Augusta', 'Berlin',
  'Emmendingen', 'Wien', 'Zürich', 'D-', 'CH-', 'AB Amsterdam', ', TX', ', OR,', '78701-1234', 'SW1A 1AA', 'London', '00-950', 'Warszawa',
  'HRB', 'HRA ', 'Amtsgericht', 'Handelsregister', 'Registered in England', 'KvK', 'SIRET', 'USt-IdNr.', 'UID-Nr.', 'VAT No.', 'N° TVA',
  'DE123456789', 'ATU12345678', 'GB123456789', 'Geschäftsführer', 'Geschäftsführerin', 'Vertreten durch', 'Managing Director', 'Gérant', 'Prezes',
  'Vorstand', 'Inhaberin', 'Vertretungsberechtigt', 'managing director', 'Directeur de la publication', 'Amministratore', 'Administrador',
  'Zaakvoerder', 'Geschäftsführung', 'xVorstand', 'PR 5', 'VR12', 'FN 1', 'GnR', 'Registergericht', 'Firmenbuchnummer', 'Vereinsregister',
  'Sitz der Gesellschaft', 'Company number', 'Kamer van Koophandel', 'RCS', 'SIREN', 'Registro Mercantil', 'Registro delle imprese', 'REA',
  'KRS', 'CNPJ', 'NIPC', 'Registered office', 'xN° TVA', 'N° TVA', 'TVA intracommunautaire', 'Partita IVA', 'P. IVA', 'P.IVA', 'NIF', 'BTW',
  'Steuernummer', 'Tax ID', 'EIN', 'VAT:', 'VAT Reg', 'USt-ID', 'Umsatzsteuer-ID', 'FR12123456789', 'IT12345678901', 'NL123456789B01', '𝐀', '😀', '\uD835', 'weg', 'gasse', 'Ring', 'ring', 'chaussee', 'Str.', 'str.', 'Hafen', 'Ost-', 'Bahnhofs', 'Ä', 'Über', '123456', '98765 ', '4a', 'Lange',
  // structured addresses (issue 14 item 7): commas between the parts, ranges, PO boxes, CA/US forms
  'straße,', 'Straße, ', '12345,', ', 12', '12-14', '–', 'PO Box', 'P.O. Box', 'Postfach', '10 01 23', 'M5W 1A1', 'ON', ', State', ', Springfield', '62701', ', California', ', USA', 'CA 95014', 'IL ', ' USA', ', New York', 'Ontario', ', Canada',
];

describe('findImprintSignals: digit-line runs, triggers and look-behinds checked in code change nothing', () => {
  it('finds the same signals as the plain patterns over the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(ours(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds street names of astral letters (two code units each) up to the longest the pattern allows', () => {
    const name = fc.tuple(fc.constantFrom('Ä', '𝐀', 'M'), fc.array(fc.constantFrom('𝐚', 'b', '-', 'ß'), { minLength: 1, maxLength: 32 })).map(([first, rest]) => first + rest.join(''));
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), name, fc.constantFrom('weg', 'straße', 'chaussee', 'str.'), fc.constantFrom(' 5', '12', ' 7a'), (before, street, suffix, number) => {
        const text = `${before}${street}${suffix}${number}`;
        expect(ours(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
    for (const text of ['Ä' + '𝐚'.repeat(18) + 'weg 5', '𝐀' + '𝐚'.repeat(5) + 'b'.repeat(22) + 'straße 5', '𝐀' + '𝐚'.repeat(30) + 'chaussee 1']) {
      expect(ours(text)).toEqual(reference(text));
    }
  });

  it('reads the character before a match as the look-behinds do (letters and digits of any plane, lone surrogates, . , / -)', () => {
    const before = ['', ' ', 'a', 'Z', '7', 'ä', 'ß', '\u0301', '𝐀', '𝟕', '😀', '\uD835', '\uDC00', '.', ',', '/', '-', '\n', '_', '’'];
    const matches = [
      'HRB 123', 'Amtsgericht', 'USt-IdNr.', 'DE123456789', 'Geschäftsführer', 'managing director', '123 Main Street', 'via Promis 2',
      'Straße 5', 'SW1A 1AA', '00-950 Warszawa', '1010 Wien', 'CH-8001 Zürich', '12345 Berlin',
    ];
    for (const b of before) {
      for (const m of matches) {
        for (const text of [b + m, `x ${b}${m}`, b + b + m]) expect(ours(text)).toEqual(reference(text));
      }
    }
  });

  it('on a German imprint block and newsletter prose', () => {
    const text = [
      'Winterjacke Modell 12 – jetzt 20 % günstiger',
      'Wasserdicht und warm. Größen S bis XXL.',
      'Beispiel Shop GmbH, Musterstraße 1, 10115 Berlin. Geschäftsführer: Max Mustermann.',
      'Amtsgericht Berlin-Charlottenburg HRB 123456. USt-IdNr. DE123456789.',
      'Acme Ltd, 123 Main Street, Austin, TX 78701',
    ].join('\n');
    expect(ours(text)).toEqual(reference(text));
    expect(new Set(ours(text).map((s) => s.kind))).toEqual(new Set(['legal-form', 'street', 'postal-code', 'register', 'vat-id', 'representative']));
  });
});
