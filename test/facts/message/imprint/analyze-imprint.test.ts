import { describe, expect, it } from 'vitest';
import { html, text } from '../../helpers.js';

describe('imprint by link', () => {
  it.each([
    ['de', '<a href="https://shop.example/impressum">Impressum</a>'],
    ['en', '<a href="https://shop.example/about">Imprint</a>'],
    ['en', '<a href="https://shop.example/legal">Legal notice</a>'],
    ['fr', '<a href="https://shop.example/ml">Mentions légales</a>'],
    ['es', '<a href="https://shop.example/al">Aviso legal</a>'],
    ['nl', '<a href="https://shop.example/c">Colofon</a>'],
    ['it', '<a href="https://shop.example/n">Note legali</a>'],
    ['url only', '<a href="https://shop.example/de/impressum/">Über uns</a>'],
    ['template expression', `<a href="{{ imprint_url }}">{{ 'footer.legal'|trans }}</a>`],
  ])('%s: %s', (_lang, markup) => {
    const facts = html(`<p>${markup}</p>`).imprint;
    expect(facts).toMatchObject({ present: true, via: 'link' });
  });

  it('does not count the bare word Impressum without a link target', () => {
    expect(html('<p>Impressum</p>').imprint.present).toBe(false);
    expect(html('<p><a href="#">Impressum</a></p>').imprint.present).toBe(false);
  });
});

describe('imprint by text block', () => {
  it.each([
    ['de: GmbH + Handelsregister', '<p>Muster Shop GmbH · Amtsgericht München HRB 123456 · Geschäftsführer: Max Muster</p>'],
    ['de: address block', '<p>Beispiel e.V.<br>Im Gässle 5<br>79312 Emmendingen</p>'],
    ['de: street + postal code', '<p>Shop Team, Wienerstr. 24, 10999 Berlin</p>'],
    ['de: UG + VAT id', '<p>Klein UG (haftungsbeschränkt), USt-IdNr. DE123456789</p>'],
    ['en: US address', '<p>Croft’s Accountants (123 Main Street, Austin, TX 78701)</p>'],
    ['en: Inc + street without dot + state zip', '<p>Acme, Inc. · 123 Main St, Suite 100, San Francisco, CA 94107</p>'],
    ['en: LLC + street', '<p>[Company Name, LLC] 1234 Street Rd. Suite 1234</p>'],
    ['en: UK company', '<p>Widgets Ltd, Registered in England, Company number 01234567</p>'],
    ['fr: address', '<p>Service clients - 564 Chemin des Platières - 38670 Chasse sur Rhône</p>'],
    ['it: street line block', '<div>Ufficio Meteorologico<br>via Promis 2/a<br>Aosta</div>'],
    ['at: GmbH + Firmenbuch', '<p>Beispiel GmbH, Firmenbuchnummer FN 123456a, Handelsgericht Wien</p>'],
    ['nl: B.V. + KvK', '<p>Voorbeeld B.V. · KvK 12345678</p>'],
    ['es: S.L. + CIF', '<p>Ejemplo S.L. · CIF B12345678</p>'],
  ])('%s', (_name, markup) => {
    expect(html(markup).imprint).toMatchObject({ present: true, via: 'text' });
  });

  it('reads the text part as well', () => {
    expect(text('Grüße\n\nShop GmbH\nHauptstraße 1\n12345 Berlin').imprint.present).toBe(true);
  });

  it.each(['*|HTML:LIST_ADDRESS_HTML|*', '*|LIST:ADDRESS|*', '[Sender_Address]', '{{ company.address }}'])(
    'counts the address placeholder %s',
    (tag) => {
      expect(html(`<p>Our mailing address is: ${tag}</p>`).imprint).toMatchObject({ present: true, via: 'text', placeholder: tag });
    },
  );

  it.each([
    ['a copyright line alone', '<p>© 2024 Acme Inc. All rights reserved.</p>'],
    ['a copyright line with a German company', '<p>Copyright 2025 Muster GmbH</p>'],
    ['an email address alone', '<p>Fragen? info@shop.de</p>'],
    ['a URL alone', '<p>www.shop.de</p>'],
    ['an email placeholder', '<p>Sent to {{ email_address }}</p>'],
    ['the customer’s address placeholder', '<p>Lieferadresse: {{ order.shippingAddress }}</p><p>{{ address }}</p>'],
    ['a year before a capitalised word', '<p>In 2024 Apple released a phone; 2023 Sales were up.</p>'],
    ['prose with numbers', '<p>Top 10 Ways to save, 3 Tips and 25 Deals on Street Food.</p>'],
    ['address parts far apart', `<p>Visit 123 Main Street.</p><p>${'Lorem ipsum dolor sit amet. '.repeat(20)}</p><p>Austin, TX 78701</p>`],
  ])('does not count %s', (_name, markup) => {
    expect(html(markup).imprint.present).toBe(false);
  });
});
