// Imprint evidence is an address, not a number (issue 14 item 7, issue 16): a postal address needs
// structure, street and house number (or a PO box) before a postal code and town, in the orders
// and separators of DE/AT/CH, US, CA and UK; a four- or five-digit number beside a word is none.
// Address placeholders of shop systems and mail tools count.
import { describe, expect, it } from 'vitest';
import { html, text } from '../../helpers.js';

const present = (markup: string): boolean => html(`<p>${markup}</p>`).imprint.present;

describe('a structured postal address is an imprint', () => {
  it.each([
    ['de', 'Musterstraße 12, 12345 Stadt'],
    ['de: commas between every part', 'Musterstraße, 12, 12345, Stadt'],
    ['de: street without a known suffix, own lines', 'Im Gässle 5<br>79312 Emmendingen'],
    ['de: "An der Alster" with a house number range', 'An der Alster 12-14 · 20099 Hamburg'],
    ['de: Postfach', 'Postfach 10 01 23, 10001 Berlin'],
    ['at', 'Mariahilfer Straße 1, 1060 Wien'],
    ['at: A- prefix', 'Hauptplatz 3, A-8010 Graz'],
    ['ch', 'Bahnhofstrasse 10, 8001 Zürich'],
    ['ch: CH- prefix', 'Rue du Rhône 5, CH-1204 Genève'],
    ['us: street, city, state, ZIP', '123 Main Street, Springfield, IL 62701'],
    ['us: ZIP+4', '1600 Pennsylvania Ave NW, Washington, DC 20500-0003'],
    ['us: without the state', '500 Oak Avenue, Springfield 62701'],
    ['us: state and ZIP without a comma', '1 Infinite Loop<br>Cupertino CA 95014'],
    ['us: template address with a spelled-out state', '1234 Street Rd., City, State 12345'],
    ['us: suite on its own line', '77 Massachusetts Ave<br>Suite 200<br>Cambridge, MA 02139'],
    ['us: PO box', 'P.O. Box 1234, Austin, TX 78767'],
    ['us: no ZIP, the state spelled out', '12 Oak St. Lakeside, Springfield, Illinois, USA'],
    ['ca: no postcode, the province spelled out', '400 King Street, Kingston, Ontario, Canada'],
    ['us: a street word no list holds', '1 Infinite Loop, Cupertino, CA 95014'],
    ['us: house number first, unknown street word', 'Acme Widgets · 350 Fifth Av, New York, NY 10118'],
    ['ca: PO box and postcode', 'PO Box 1234, Station A<br>Toronto, ON M5W 1A1'],
    ['ca: street and postcode', '100 Queen Street West, Toronto ON M5H 2N2'],
    ['uk: town and postcode', 'Acme House, High Street<br>London SW1A 1AA'],
    ['uk: street and postcode', '10 Downing Street, London SW1A 2AA'],
  ])('%s: %s', (_name, address) => {
    expect(present(address)).toBe(true);
  });

  it('names the street and the town as the block', () => {
    const facts = html('<p>Musterstraße, 12, 12345, Stadt</p>').imprint;
    expect(facts.block.map((s) => s.kind)).toEqual(['street', 'postal-code']);
  });
});

describe('a number beside a word is no address', () => {
  it.each([
    ['a football club’s founding year', 'Turnverein 1861 Neuhausen – Abteilung Fußball e.V.'],
    ['a club with its founding year', 'Newsletter des SV 1899 Musterstadt, Förderverein e.V.'],
    ['a company name with a number', 'Studio 12345 Medien – die Kreativagentur GmbH'],
    ['a legal form beside a postal code and town only', 'Beispiel GmbH, 10115 Berlin'],
    ['a model number and a brand', 'Modell 2500 Turbo von Beispiel AG'],
    ['a year and a city', 'Seit 1998 in Berlin'],
    ['a state code and number in prose', 'Save 20 % on 3 Items. Code CA 12345 at checkout'],
    ['a state name in prose', 'Our team of 12 grew, and we moved to Austin, Texas, USA'],
    ['a number in prose before a state and ZIP', 'We shipped 350 Orders last week. Ask us, TX 78701'],
  ])('%s: %s', (_name, prose) => {
    expect(present(prose)).toBe(false);
  });
});

// Issue 16, pattern "an address labelled as a venue or the customer's is not the sender's".
describe('an address labelled as an event venue or the customer’s address is not the sender’s', () => {
  it.each([
    ['de: venue in a table row', '<table><tr><td>Ort:</td><td>Alte Kaserne, Technikumstrasse 8, 8403 Winterthur</td></tr></table>'],
    ['de: Veranstaltungsort on the same line', '<p>Veranstaltungsort: Stadthalle, Hauptstraße 5, 79312 Emmendingen</p>'],
    ['de: Lieferadresse with a name line between', '<p>Lieferadresse:<br>Max Mustermann<br>Musterstraße 12<br>12345 Stadt</p>'],
    ['en: venue', '<p>Venue: 123 Main Street, Springfield, IL 62701</p>'],
    ['en: ship to', '<p>Ship to:<br>Jane Doe<br>500 Oak Avenue<br>Springfield, IL 62701</p>'],
  ])('%s', (_name, markup) => {
    expect(html(markup).imprint.present).toBe(false);
  });

  it('still finds the sender’s address after a venue', () => {
    const facts = html(
      '<table><tr><td>Ort:</td><td>Technikumstrasse 8, 8403 Winterthur</td></tr></table>' +
        '<p>Beste Grüsse</p><h2>Adresse</h2><p>SIPT<br>Neuwiesenstrasse 95<br>CH-8400 Winterthur</p>',
    ).imprint;
    expect(facts.present).toBe(true);
    expect(facts.block.map((s) => s.match)).toEqual(['Neuwiesenstrasse 95', 'CH-8400 Winterthur']);
  });

  it('takes a label only at a line start: "Ort" inside a sentence is no label', () => {
    expect(html('<p>Unser Ort: Musterstraße 12, 12345 Stadt</p>').imprint.present).toBe(true);
  });
});

describe('address placeholders of shop systems and mail tools', () => {
  it.each([
    ['Mailchimp', '*|HTML:LIST_ADDRESS_HTML|*'],
    ['Mailchimp', '*|LIST:ADDRESS|*'],
    ['Sendgrid', '[Sender_Address]'],
    ['Sendgrid', '{{Sender_Address}}'],
    ['Mautic', '{mailing_address}'],
    ['listmonk', '{{ .Settings.PhysicalAddress }}'],
    ['Shopware 6 config lookup', "{{ config('core.basicInformation.address') }}"],
    ['Shopware 5 config lookup', '{config name=address}'],
    ['a shop variable', '{{ shop.address }}'],
    ['JTL company street', '{$Firma->cStrasse}'],
    ['ActiveCampaign', '%SENDER-INFO%'],
    ['Sendgrid city', '[Sender_City]'],
  ])('%s: %s', (_tool, tag) => {
    expect(html(`<p>Acme</p><p>Adresse: ${tag}</p>`).imprint).toMatchObject({ present: true, via: 'text' });
  });

  it('counts an address variable on a line labelled "Adresse:" / "Address:"', () => {
    expect(html('<p>Adresse: {{ address }}</p>').imprint.present).toBe(true);
    expect(text('Our mailing address is:\n{{ address }}').imprint.present).toBe(true);
  });

  it('does not count the customer’s address variable', () => {
    expect(html('<p>Ihre Adresse: {{ address }}</p>').imprint.present).toBe(false);
    expect(html('<p>Lieferadresse: {{ address }}</p>').imprint.present).toBe(false);
    expect(html('<p>Rechnungsadresse:</p><p>{{ order.billingAddress.street }}</p>').imprint.present).toBe(false);
  });
});
