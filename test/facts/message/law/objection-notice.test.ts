import { describe, expect, it } from 'vitest';
import { findObjectionNotice } from '../../../../src/facts/message/law/objection-notice.js';

describe('findObjectionNotice (UWG § 7(3) Nr. 4)', () => {
  it.each([
    'Sie können der Verwendung jederzeit widersprechen, ohne dass hierfür andere als die Übermittlungskosten nach den Basistarifen entstehen.',
    'Der Nutzung Ihrer E-Mail-Adresse für Werbung können Sie jederzeit widersprechen, ohne dass andere als die Übermittlungskosten nach den Basistarifen anfallen.',
    'Sie können sich jederzeit kostenlos abmelden: https://shop.example/abmelden',
    'Widerspruch jederzeit möglich, es entstehen keine anderen Kosten als die Übermittlungskosten nach den Basistarifen.',
    'You can object to the use of your address at any time, without any costs other than the transmission costs at basic rates.',
    'You may unsubscribe at any time free of charge.',
    'SIE KÖNNEN DER VERWENDUNG JEDERZEIT WIDERSPRECHEN, OHNE DASS HIERFÜR ANDERE ALS DIE ÜBERMITTLUNGSKOSTEN NACH DEN BASISTARIFEN ENTSTEHEN.',
  ])('finds %j', (text) => {
    const f = findObjectionNotice(`Neue Schuhe im Shop.\n${text}\nImpressum`);
    expect(f.present).toBe(true);
    expect(f.wording).not.toBeNull();
  });

  it.each([
    ['a bare unsubscribe link', 'Abmelden: https://shop.example/abmelden', ['any-time', 'cost']],
    ['no cost statement', 'Sie können jederzeit widersprechen.', ['cost']],
    ['no "at any time"', 'Abmelden ist kostenlos.', ['any-time']],
    ['no objection at all', 'Jederzeit kostenlos: unser Kundenservice.', []],
  ] as const)('does not count %s', (_name, text, lacking) => {
    const f = findObjectionNotice(text);
    expect(f.present).toBe(false);
    expect(f.lacking).toEqual(lacking);
  });

  it('needs the three statements near each other, not anywhere in a long mail', () => {
    const far = `Sie können sich abmelden.${' Lorem ipsum dolor sit amet.'.repeat(40)} Jederzeit kostenlos liefern wir.`;
    expect(findObjectionNotice(far).present).toBe(false);
  });
});
