import { describe, expect, it } from 'vitest';
import { findPromotion } from '../../../../src/facts/message/law/promotional-content.js';
import { findSubjectConcealment } from '../../../../src/facts/message/law/subject-concealment.js';

describe('findPromotion (BGH VI ZR 225/17)', () => {
  it.each([
    ['a satisfaction survey in an invoice mail', 'Ihre Rechnung', 'Wie zufrieden waren Sie? Zur Umfrage: https://shop.example/u'],
    ['a voucher', 'Bestellung 4711', 'Ihr Gutschein für die nächste Bestellung: 10 % Rabatt'],
    ['recommendations', 'Bestellung', 'Das könnte Ihnen auch gefallen: Wanderstöcke'],
    ['an English offer', 'Order 4711', 'Shop now and get 20% off'],
  ])('finds %s', (_name, subject, text) => {
    expect(findPromotion(subject, text).present).toBe(true);
  });

  it('counts declared content labels', () => {
    expect(findPromotion('x', 'y', ['Werbung']).signals).toEqual(['label: Werbung']);
  });

  it.each([
    ['an order confirmation', 'Bestellung 4711', 'Danke für Ihre Bestellung. Lieferung am 3. Juni.'],
    ['a password reset', 'Passwort', 'Ihr Link zum Zurücksetzen: https://shop.example/reset/abc'],
    ['"Wholesale" is no "sale"', 'Wholesale order', 'Your wholesale order has shipped.'],
  ])('finds none in %s', (_name, subject, text) => {
    expect(findPromotion(subject, text).present).toBe(false);
  });
});

describe('findSubjectConcealment', () => {
  it('finds a fake reply', () => {
    expect(findSubjectConcealment('Re: unser Gespräch')).toMatchObject({ concealed: true, reason: 'fake-reply', match: 'Re:' });
    expect(findSubjectConcealment('AW: Angebot')).toMatchObject({ concealed: true, reason: 'fake-reply' });
  });

  it('accepts a real reply', () => {
    expect(findSubjectConcealment('Re: Ihre Frage', { 'in-reply-to': ['<a@b>'] }).concealed).toBe(false);
  });

  it('finds a subject posing as a transaction', () => {
    expect(findSubjectConcealment('Letzte Mahnung: 50 % auf alles')).toMatchObject({ concealed: true, reason: 'poses-as-transaction' });
    expect(findSubjectConcealment('Your invoice is ready')).toMatchObject({ concealed: true });
  });

  it.each(['Neue Wanderschuhe', 'Rerun of our spring sale', 'Reisen 2027'])('accepts %j', (s) => {
    expect(findSubjectConcealment(s).concealed).toBe(false);
  });
});
