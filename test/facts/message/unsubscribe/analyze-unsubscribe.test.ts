import { describe, expect, it } from 'vitest';
import { html, text, factsOf } from '../../helpers.js';

const inBody = (markup: string): boolean => html(markup).unsubscribe.inBody;

describe('unsubscribe in the body: link text, title, URL', () => {
  it.each([
    ['de', '<a href="https://x.example/a">Newsletter abmelden</a>'],
    ['de', '<a href="https://x.example/a">Hier abbestellen</a>'],
    ['de', '<a href="https://x.example/a">Aus dem Verteiler austragen</a>'],
    ['en', '<a href="https://x.example/a">Unsubscribe</a>'],
    ['en', '<a href="https://x.example/a">Opt out of these emails</a>'],
    ['fr', '<a href="https://x.example/a">Se désabonner</a>'],
    ['fr', '<a href="https://x.example/a">Me désinscrire</a>'],
    ['es', '<a href="https://x.example/a">Darse de baja</a>'],
    ['it', '<a href="https://x.example/a">Disiscriviti</a>'],
    ['nl', '<a href="https://x.example/a">Afmelden</a>'],
    ['nl', '<a href="https://x.example/a">Uitschrijven</a>'],
    ['pl', '<a href="https://x.example/a">Wypisz się</a>'],
    ['pt', '<a href="https://x.example/a">Cancelar inscrição</a>'],
    ['pt', '<a href="https://x.example/a">Descadastrar</a>'],
    ['title', '<a href="https://x.example/a" title="Unsubscribe"><img src="x.png"></a>'],
    ['aria-label', '<a href="https://x.example/a" aria-label="Abmelden">×</a>'],
    ['img alt', '<a href="https://x.example/a"><img src="x.png" alt="Abmelden"></a>'],
    ['url', '<a href="https://x.example/newsletter/unsubscribe?id=1">hier</a>'],
    ['url de', '<a href="https://x.example/abmelden/123">Klick</a>'],
  ])('%s: %s', (_lang, markup) => {
    expect(inBody(markup)).toBe(true);
  });
});

describe('unsubscribe in the body: immediate context', () => {
  it.each([
    ['de before', '<p>Wenn Sie den Newsletter abbestellen möchten, klicken Sie <a href="/x">hier</a>.</p>'],
    ['de around', '<p>Sie können sich jederzeit vom Newsletter abmelden, indem Sie <a href="{$url}">{$url}</a> aufrufen.</p>'],
    ['en after', '<p><a href="/x">Click here</a> to unsubscribe.</p>'],
    ['en no longer', '<p>If you do not want to receive any further mail <a href="/x">click here.</a></p>'],
    ['fr', '<p>Vous ne souhaitez plus recevoir nos messages ? <a href="/x">Cliquez ici</a></p>'],
    ['it', '<p>Se non desideri più ricevere questa newsletter <a href="/x">clicca qui</a></p>'],
    ['es', '<p>Si ya no desea recibir estos correos, <a href="/x">haga clic aquí</a></p>'],
    ['nl', '<p>Wilt u geen e-mails meer ontvangen? <a href="/x">Klik hier</a></p>'],
    ['de separable', '<p>Um sich vom Newsletter abzumelden, <a href="/x">klicken Sie hier</a>.</p>'],
    ['nl separable', '<p>Klik <a href="/x">hier</a> om je af te melden.</p>'],
    ['it', '<p>Per cancellare l’iscrizione <a href="/x">clicca qui</a></p>'],
    ['pl', '<p>Kliknij <a href="/x">tutaj</a>, aby się wypisać.</p>'],
    ['pt', '<p>Para deixar de receber nossos e-mails, <a href="/x">clique aqui</a>.</p>'],
    // Issue 16: "keine … mehr erhalten" with the object between, in a question before a short call to click.
    ['de question, then a call to click', '<p>Sie möchten keine News vom SIPT mehr erhalten? Klicken Sie bitte <a href="/x">hier</a>.</p>'],
    ['de keinen … mehr bekommen', '<p>Wenn Sie keinen Newsletter von uns mehr bekommen möchten, <a href="/x">klicken Sie hier</a>.</p>'],
    ['en question, then a call to click', '<p>Don’t want to receive these updates? Click <a href="/x">here</a>.</p>'],
  ])('%s', (_name, markup) => {
    expect(inBody(markup)).toBe(true);
  });

  it('finds a bare URL in a text part after its lead-in (de, en, it)', () => {
    expect(text('Um deine E-Mail-Adresse aus dem Newsletter zu entfernen, klicke bitte hier:\nhttps://x.example/n/9').unsubscribe.inBody).toBe(true);
    expect(text('To be removed please visit:\n\nhttp://x.example/rl/r.html').unsubscribe.inBody).toBe(true);
    expect(text('Se non desideri più ricevere questa newsletter\nhttp://x.example/c.asp?arg=1').unsubscribe.inBody).toBe(true);
  });

  it('finds a bare URL written as text in the HTML part', () => {
    expect(inBody('<p>Se non desideri più ricevere questa newsletter http://x.example/c.asp?arg=1</p>')).toBe(true);
  });
});

describe('unsubscribe in the body: merge tags of mail tools', () => {
  it.each([
    '<a href="*|UNSUB|*">here</a>',
    '<a href="{{unsubscribe}}">here</a>',
    '<a href="{{ UnsubscribeURL }}">{{ L.T "email.unsub" }}</a>',
    '<a href="%unsubscribe_url%">here</a>',
    '<a href="<%asm_group_unsubscribe_raw_url%>">here</a>',
    '<p>Unsubscribe: *|UNSUB|*</p>',
    '<p>[unsubscribe]</p>',
    '<p>{unsubscribe_url}</p>',
    '<p>{$unsubscribe}</p>',
    '<p>{{{unsubscribe_link}}}</p>',
    '<p>&lt;%asm_group_unsubscribe_raw_url%&gt;</p>',
    '<p>+++ABMELDELINK+++</p>',
    `<p>{% unsubscribe 'Unsubscribe' %}</p>`,
    '<a href="{!! $unsubscribeUrl !!}">hier</a>',
    '<p>{!! $unsubscribeUrl !!}</p>',
    '<p>${unsubscribeUrl}</p>',
    '<p>%%unsub_center_url%%</p>',
    '<mj-button href="{{ unsubscribe_url }}">Stop</mj-button>',
    '<a th:href="${unsubscribeUrl}">Click</a>',
    '<f:link.action action="unsubscribe" controller="Newsletter">Newsletter abbestellen</f:link.action>',
    '<p>Klicke <?php echo $this->Html->link(\'hier\', $base . \'/newsletter/unsubscribe/\' . $code); ?>.</p>',
  ])('%s', (markup) => {
    expect(inBody(markup)).toBe(true);
  });

  it('finds merge tags in the text part too', () => {
    expect(text('Abmelden: {{ unsubscribe_url }}').unsubscribe.inBody).toBe(true);
  });
});

describe('unsubscribe in the body: what does not count', () => {
  it.each([
    ['prose without a link', '<p>You can unsubscribe at any time.</p>'],
    ['prose then an unrelated link', '<p>You can unsubscribe at any point. Read <a href="/privacy">our privacy policy</a>.</p>'],
    ['opt-out wording before a privacy link', '<p>Abmelden geht jederzeit, siehe <a href="/datenschutz">Datenschutz</a></p>'],
    ['manage notifications', '<p><a href="{{notifications_url}}">Manage notifications</a></p>'],
    ['reply with REMOVE', '<p>To stop, reply with REMOVE in the subject.</p>'],
    ['subscribe (not un-)', '<p>You can subscribe to the list at <a href="http://x.example/listinfo/w">http://x.example/listinfo/w</a></p>'],
    ['double-opt-in decline', '<p>If you would rather not receive any emails, confirm here: <a href="{$decline}">I don’t want to be informed</a>.</p>'],
    ['an <unsubscribe> element without href', '<p><unsubscribe>unsubscribe</unsubscribe></p>'],
    ['a hidden unsubscribe link', '<div style="display:none"><a href="/u">Unsubscribe</a></div>'],
    ['a control tag', '<p>{{#if unsubscribed}}bye{{/if}}</p>'],
    ['a block tag', '<p>{% if unsubscribed %}bye{% endif %}</p>'],
    ['a venue (Austragungsort)', '<p>Austragungsort: <a href="/halle">Stadthalle</a></p>'],
    ['translated prose in a tag', `<p>{{ 'You can unsubscribe at any time'|trans }}</p>`],
    ['cancellation of an order', '<p><a href="/orders/cancellation">Order cancellation</a></p>'],
    ['a tag in a comment', '<!-- *|UNSUB|* --><p>Hello</p>'],
    // Issue 16: the question lead-in takes no statement, and "mehr" alone is no "no more".
    ['a statement before a call to click', '<p>Sie bekommen keine Werbung mehr. Klicken Sie <a href="/x">hier</a>.</p>'],
    ['a question about something else', '<p>Möchten Sie mehr erhalten? Klicken Sie <a href="/x">hier</a>.</p>'],
    ['a long call after the question', '<p>Keine News mehr erhalten? Dann lesen Sie unseren Blog auf <a href="/blog">der Website</a>.</p>'],
  ])('%s', (_name, markup) => {
    expect(inBody(markup)).toBe(false);
  });

  // Issue 16, pattern "a bare email address is no opt-out link; a written mailto: URI is".
  it('does not take a bare email address near opt-out wording for a link (text part)', () => {
    expect(text('To be removed send an email to remove@list-example.com.').unsubscribe.inBody).toBe(false);
    expect(text('anna@example.org, vous ne souhaitez plus recevoir de messages de notre part ?').unsubscribe.inBody).toBe(false);
    expect(text('Wenn Sie keine E-Mails mehr erhalten möchten, schreiben Sie an info@shop-example.de').unsubscribe.inBody).toBe(false);
    // An address that names the opt-out itself, and a mailto: URI written out, still count.
    expect(text('To leave the list, e-mail users-unsubscribe@lists.example.org').unsubscribe.inBody).toBe(true);
    expect(text('If you no longer wish to receive our offers, send a message by clicking here:\nmailto:stop@list-example.com?subject=STOP').unsubscribe.inBody).toBe(true);
  });

  // Issue 16, patterns "a URL ends at \", < and >" and "block markup written as text bounds a
  // link's context" (an HTML body sent as a text part, like the hold-out file sa-spam-003-herbal).
  it('does not take the next block’s opt-out words for an anchor written as text (text part)', () => {
    expect(text('For details please <BR><A HREF="http://x.example/ATV">CLICK HERE</A></FONT><BR>\n<BR> To be Removed Send An Email To remove@x.example.</P>').unsubscribe.inBody).toBe(false);
    expect(text('<p>Alle Angebote: <a href="https://shop.example/angebote">ansehen</a></p><p>Abmelden können Sie sich per E-Mail an info@shop.example.</p>').unsubscribe.inBody).toBe(false);
    // The opt-out wording of the link's own block still counts, and the URL is the href.
    const de = text('<p>Newsletter abbestellen: <a href="https://shop.example/abmelden?id=5">hier</a></p>');
    expect([de.unsubscribe.inBody, de.unsubscribe.links]).toEqual([true, ['https://shop.example/abmelden?id=5']]);
    const en = text('<P>To unsubscribe <A HREF="http://x.example/optout">click here</A></P>');
    expect([en.unsubscribe.inBody, en.unsubscribe.links]).toEqual([true, ['http://x.example/optout']]);
  });

  it('does not take prose in a text part for a link', () => {
    expect(text('You can unsubscribe at any time.\n\nhttps://shop.example/').unsubscribe.inBody).toBe(false);
  });
});

describe('List-Unsubscribe (RFC 2369) and one-click (RFC 8058)', () => {
  const headers = (h: Record<string, string | string[]>) => factsOf({ headers: h, text: 'hi' }).unsubscribe;

  it('reads a comma list of bracketed https, http and mailto URIs, folded, with comments', () => {
    const u = headers({
      'List-Unsubscribe': '<https://x.example/u?id=1>,\r\n\t<mailto:list-request@x.example?subject=unsubscribe> (mail us), <http://x.example/o>',
    });
    expect(u.inHeader).toBe(true);
    expect(u.headerUris).toEqual(['https://x.example/u?id=1', 'mailto:list-request@x.example?subject=unsubscribe', 'http://x.example/o']);
  });

  it('joins whitespace folded inside the brackets', () => {
    expect(headers({ 'list-unsubscribe': '<https://x.example/very/\r\n long>' }).headerUris).toEqual(['https://x.example/very/long']);
  });

  it('ignores unbracketed, empty and other-scheme URIs', () => {
    expect(headers({ 'List-Unsubscribe': 'https://x.example/u, <ftp://x.example/u>, <mailto:>, <https://>' }).inHeader).toBe(false);
  });

  it('one-click needs List-Unsubscribe=One-Click and an https URI', () => {
    const post = 'List-Unsubscribe=One-Click';
    expect(headers({ 'List-Unsubscribe': '<https://x.example/u>', 'List-Unsubscribe-Post': post }).oneClick).toBe(true);
    expect(headers({ 'List-Unsubscribe': '<http://x.example/u>', 'List-Unsubscribe-Post': post }).oneClick).toBe(false);
    expect(headers({ 'List-Unsubscribe': '<mailto:u@x.example>', 'List-Unsubscribe-Post': post }).oneClick).toBe(false);
    expect(headers({ 'List-Unsubscribe': '<https://x.example/u>' }).oneClick).toBe(false);
    expect(headers({ 'List-Unsubscribe': '<https://x.example/u>', 'List-Unsubscribe-Post': 'One-Click' }).oneClick).toBe(false);
  });

  it('keeps the exposed shape', () => {
    const u = headers({ 'List-Unsubscribe': '<https://x.example/u>' });
    expect(Object.keys(u)).toEqual(expect.arrayContaining(['inBody', 'inHeader', 'oneClick', 'links', 'headerUris']));
  });
});
