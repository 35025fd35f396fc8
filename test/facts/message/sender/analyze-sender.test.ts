import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../../src/facts/index.js';

const sender = (from: string, extra: { replyTo?: string; sender?: string } = {}, senderDomains: string[] = []) =>
  analyzeMessage({ from, subject: 's', text: 'hi', ...extra }, { senderDomains }).sender;

describe('sender facts', () => {
  it('parses From with display name, domain and registrable domain', () => {
    const s = sender('"Shop GmbH" <news@mail.shop.co.uk>');
    expect(s).toMatchObject({ valid: true, hasDisplayName: true, displayNameImpersonates: false, freeMail: false });
    expect(s.from).toMatchObject({ address: 'news@mail.shop.co.uk', domain: 'mail.shop.co.uk', baseDomain: 'shop.co.uk', displayName: 'Shop GmbH' });
  });

  it('flags a missing display name', () => {
    expect(sender('news@shop.de')).toMatchObject({ valid: true, hasDisplayName: false });
    expect(sender('<news@shop.de>').hasDisplayName).toBe(false);
  });

  it('flags a display name that carries another address or domain', () => {
    expect(sender('"baz@example.com" <info@paypal.com>')).toMatchObject({
      displayNameImpersonates: true, displayNameDomain: 'example.com', displayNameAddress: 'baz@example.com',
    });
    expect(sender('"PayPal.com Service" <x@evil.de>')).toMatchObject({ displayNameImpersonates: true, displayNameDomain: 'paypal.com' });
    expect(sender('info@paypal.com <x@evil.de>').displayNameImpersonates).toBe(true); // unquoted, parsed leniently
  });

  it('does not flag a display name naming the sender’s own domain, or dotted words that are no domains', () => {
    expect(sender('"MySurvey.com & Carol" <carol@mysurvey.com>').displayNameImpersonates).toBe(false);
    expect(sender('"Mr. Smith v2.0" <a@shop.de>')).toMatchObject({ displayNameImpersonates: false, displayNameDomain: null });
    expect(sender('"Shop.de" <a@other.de>', {}, ['other.de', 'shop.de']).displayNameImpersonates).toBe(false);
  });

  it('checks the From domain against the account’s sender domains, subdomains included', () => {
    expect(sender('a@news.shop.de', {}, ['shop.de']).ownDomain).toBe(true);
    expect(sender('a@shop-de.com', {}, ['shop.de']).ownDomain).toBe(false);
    expect(sender('a@notshop.de', {}, ['shop.de']).ownDomain).toBe(false);
    expect(sender('a@shop.de').ownDomain).toBeNull();
  });

  it('flags free-mail From domains', () => {
    expect(sender('"Max" <max@gmx.de>').freeMail).toBe(true);
    expect(sender('"张先生" <baoguan@hotmail.com>').freeMail).toBe(true);
    expect(sender('"Max" <max@shop.de>').freeMail).toBe(false);
  });

  it('relates Reply-To and Sender to the From domain or an own domain', () => {
    expect(sender('a@shop.de', { replyTo: 'b@reply.shop.de' }).replyToRelated).toBe(true);
    expect(sender('a@bbva.mx', { replyTo: '<info@alejandrosalcedo.es>' }).replyToRelated).toBe(false);
    expect(sender('a@shop.de', { replyTo: 'help@support.example' }, ['support.example']).replyToRelated).toBe(true);
    expect(sender('a@shop.de').replyToRelated).toBeNull();
    expect(sender('a@fasttrec.com', { sender: 'jm@netnoteinc.com' }).senderRelated).toBe(false);
  });

  it('marks machine-made local parts', () => {
    expect(sender('x7f3k9q2z8@shop.de').randomLocalPart).toBe(true);
    expect(sender('newsletter@shop.de').randomLocalPart).toBe(false);
  });

  it('reports an unparseable From as invalid instead of throwing', () => {
    expect(sender('not an address')).toMatchObject({ valid: false, from: null, hasDisplayName: false });
    expect(sender('a@b.de, c@d.de').valid).toBe(false);
  });
});
