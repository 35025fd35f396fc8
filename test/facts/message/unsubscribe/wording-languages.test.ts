// Opt-out wording that generalises (issue 16): the common phrasings of at least ten languages,
// old-style removal wording before a bare URL, a mailing list's member options page, and what
// looks like opt-out wording but is not (a double-opt-in confirmation button, a "view online"
// link beside the next line's opt-out).
import { describe, expect, it } from 'vitest';
import { html, text } from '../../helpers.js';

const inBody = (markup: string): boolean => html(markup).unsubscribe.inBody;
const linksOf = (plain: string): readonly string[] => text(plain).unsubscribe.links;

describe('opt-out wording in a link text, ten languages and more', () => {
  it.each([
    ['en', 'Remove me from this list'],
    ['en', 'Opt-out'],
    ['en', 'Stop these emails'],
    ['pl', 'Rezygnuj z subskrypcji'],
    ['pt', 'Sair da lista'],
    ['de', 'Vom Newsletter austragen'],
    ['de', 'Newsletter abbestellen'],
    ['fr', 'Se désabonner'],
    ['fr', 'Désinscription'],
    ['es', 'Darse de baja'],
    ['es', 'Dar de baja mi correo'],
    ['es', 'Cancelar suscripción'],
    ['pt', 'Cancelar inscrição'],
    ['pt', 'Descadastrar'],
    ['pt', 'Cancelar assinatura'],
    ['nl', 'Afmelden'],
    ['nl', 'Uitschrijven'],
    ['pl', 'Wypisz się'],
    ['pl', 'Rezygnacja z newslettera'],
    ['it', 'Cancellarsi'],
    ['it', 'Disiscriviti'],
    ['sv', 'Avregistrera dig'],
    ['sv', 'Avsluta prenumerationen'],
    ['sv', 'Avprenumerera'],
    ['da', 'Afmeld nyhedsbrevet'],
    ['da', 'Frameld dig'],
    ['no', 'Avmeld nyhetsbrevet'],
    ['no', 'Meld deg av'],
    ['cs', 'Odhlásit odběr'],
    ['cs', 'Odhlášení z newsletteru'],
    ['fi', 'Peruuta tilaus'],
    ['hu', 'Leiratkozás'],
    ['ro', 'Dezabonare'],
  ])('%s: %s', (_lang, label) => {
    expect(inBody(`<p><a href="https://x.example/a/1">${label}</a></p>`)).toBe(true);
  });

  it.each([
    ['sv', 'https://x.example/avregistrera?id=1'],
    ['cs', 'https://x.example/odhlaseni/1'],
    ['no', 'https://x.example/avmeld/1'],
    ['da', 'https://x.example/frameld?u=1'],
  ])('%s: an opt-out stem in the URL: %s', (_lang, href) => {
    expect(inBody(`<p><a href="${href}">hier</a></p>`)).toBe(true);
  });

  it.each([
    ['sv', 'Vill du inte längre få våra utskick? <a href="/x">Avregistrera dig här</a>'],
    ['cs', 'Pokud se chcete odhlásit, <a href="/x">klikněte zde</a>.'],
    ['it', 'Per cancellarsi dalla newsletter <a href="/x">clicca qui</a>.'],
    ['es', 'Si quieres dar de baja tu correo, <a href="/x">pulsa aquí</a>.'],
  ])('%s: in the immediate context', (_lang, markup) => {
    expect(inBody(`<p>${markup}</p>`)).toBe(true);
  });
});

describe('old-style removal wording before a bare URL in a text part', () => {
  it.each([
    'Removal request: http://x.example/r?e=1',
    'For removal from our mailing list go to\nhttp://x.example/r.php',
    'Remove request\nhttp://x.example/rm',
    'If you wish to be removed from our list, please visit http://x.example/list/remove',
    'To remove your name from this list: http://x.example/n',
  ])('%s', (plain) => {
    expect(text(plain).unsubscribe.inBody).toBe(true);
  });
});

describe('anchor markup written as text in a text part', () => {
  it('reads the lead-in before <a href="…"> as the link’s context', () => {
    const plain = 'If you no longer wish to hear about future\noffers from us, send a message by clicking here:\n\n<a href="mailto:stop@x.example?subject=STOP">\nmailto:stop@x.example?subject=STOP </a>';
    expect(text(plain).unsubscribe.links).toEqual(['mailto:stop@x.example?subject=STOP']);
    expect(text('Unsubscribe here:\n<A HREF=http://x.example/u/1>click</A>').unsubscribe.inBody).toBe(true);
  });

  it('does not take the words inside the tag for a lead-in', () => {
    expect(text('Our offers:\n<a title="unsubscribe" href="http://x.example/shop">shop</a>').unsubscribe.inBody).toBe(false);
  });
});

describe("a mailing list's member options page", () => {
  it('counts a Mailman options URL (where members leave the list) in a membership reminder', () => {
    const reminder = [
      'This is a reminder, sent out once a month, about your lists.example.org mailing list',
      'memberships. It includes your subscription info and how to use it to change it or',
      'unsubscribe from a list.',
      '',
      'Passwords for ann@example.net:',
      '',
      'List                                     Password // URL',
      '----                                     --------',
      'devel@lists.example.org                   secret',
      'https://lists.example.org/mailman/options/devel/ann%40example.net',
    ].join('\n');
    expect(text(reminder).unsubscribe).toMatchObject({ inBody: true, links: ['https://lists.example.org/mailman/options/devel/ann%40example.net'] });
  });

  it('does not count the list’s general info page alone', () => {
    expect(text('About the list: https://lists.example.org/mailman/listinfo/devel').unsubscribe.inBody).toBe(false);
  });
});

describe('wording that is not an opt-out', () => {
  it.each([
    ['en', '<a href="https://x.example/c?k=1&amp;n=0">Confirm, but send me nothing further</a>'],
    ['en', '<a href="https://x.example/c?k=1">Confirm my address and receive no further offers</a>'],
    ['de', '<a href="https://x.example/c?k=1">Bestätigen, aber keine weiteren Informationen senden</a>'],
    ['de', 'Bestätigen Sie, wenn Sie keine weiteren E-Mails erhalten möchten: <a href="https://x.example/c?k=1">Ja, bestätigen</a>'],
  ])('%s: a double-opt-in confirmation button: %s', (_lang, markup) => {
    expect(inBody(`<p>${markup}</p>`)).toBe(false);
  });

  it('a confirmation link whose own words say unsubscribe still counts', () => {
    expect(inBody('<p><a href="https://x.example/c?k=1">Confirm unsubscribe</a></p>')).toBe(true);
  });

  it('a "view online" link does not take the next line’s opt-out wording (text part)', () => {
    expect(linksOf('View this email online: https://x.example/view/1\nUnsubscribe: https://x.example/u/1')).toEqual(['https://x.example/u/1']);
    expect(linksOf('Online lesen:\nhttps://x.example/view/1\nAbmelden:\nhttps://x.example/u/1')).toEqual(['https://x.example/u/1']);
    expect(linksOf('https://x.example/view/1\nTo unsubscribe, visit https://x.example/u/1')).toEqual(['https://x.example/u/1']);
  });

  it('a link on its own line still takes a lower-case continuation and its own lead-in', () => {
    expect(linksOf('Please visit\nhttps://x.example/p/1\nto unsubscribe from this list.')).toEqual(['https://x.example/p/1']);
    expect(linksOf('Abmelden:\nhttps://x.example/p/1')).toEqual(['https://x.example/p/1']);
  });

  it('a "view online" anchor does not take the next sentence’s opt-out wording (HTML)', () => {
    const u = html('<p><a href="https://x.example/view/1">Im Browser ansehen</a> Abmelden: <a href="https://x.example/u/1">hier</a></p>').unsubscribe;
    expect(u.links).toEqual(['https://x.example/u/1']);
    const v = html('<p><a href="https://x.example/view/1">View it online</a> or unsubscribe <a href="https://x.example/u/1">here</a></p>').unsubscribe;
    expect(v.links).toEqual(['https://x.example/u/1']);
  });
});

describe('Markdown link text is no merge tag', () => {
  it('does not read [Vom Newsletter abmelden](…) as a [name] tag; the link itself counts', () => {
    const facts = text('Danke fürs Lesen!\n\n[Vom Newsletter abmelden]({{ unsubscribe_url }})');
    expect(facts.body.mergeTags.map((t) => t.raw)).toEqual(['{{ unsubscribe_url }}']);
    expect(facts.unsubscribe.found.map((f) => f.href)).toEqual(['{{ unsubscribe_url }}']);
  });

  it('does not take bracketed prose for a tag', () => {
    expect(text('[Vom Newsletter abmelden]').unsubscribe.inBody).toBe(false);
    expect(text('[Vom Newsletter abmelden]').body.mergeTags).toEqual([]);
  });

  it('still reads [unsubscribe], [Sender_Address] and [[UNSUB_LINK]] as tags', () => {
    expect(text('[unsubscribe] [Sender_Address] [[UNSUB_LINK]]').body.mergeTags.map((t) => t.content)).toEqual(['unsubscribe', 'Sender_Address', 'UNSUB_LINK']);
  });
});
