// A German HTML newsletter as mail tools build them: nested layout tables, inline styles,
// product cards with images and links, a hidden preheader, a footer with unsubscribe link and
// imprint; plus the plain-text alternative. `targetBytes` sets the HTML size.

const card = (i: number): string => `
<tr><td class="card" style="padding:16px 24px;border-bottom:1px solid #e5e5e5;font-family:Arial,Helvetica,sans-serif">
  <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
    <td width="160" valign="top"><a href="https://shop.example/p/${i}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=winter" target="_blank"><img src="https://cdn.shop.example/img/p${i}.jpg" width="150" height="150" alt="Produkt ${i}: Winterjacke" style="display:block;border:0"></a></td>
    <td valign="top" style="padding-left:16px">
      <h3 style="margin:0 0 8px 0;font-size:18px;color:#222">Winterjacke Modell ${i} &ndash; jetzt 20&nbsp;% g&uuml;nstiger</h3>
      <p style="margin:0 0 12px 0;font-size:14px;line-height:20px;color:#555">Wasserdicht, atmungsaktiv und warm: unsere Jacke f&uuml;r kalte Tage. Gr&ouml;&szlig;en S bis XXL, in drei Farben. Nur solange der Vorrat reicht.</p>
      <a href="https://shop.example/p/${i}/kaufen?utm_source=newsletter" style="background:#c00;color:#fff;padding:8px 16px;text-decoration:none;border-radius:4px"><span>Jetzt kaufen</span></a>
    </td></tr></table>
</td></tr>`;

const head = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Winter-Angebote</title><style>body{margin:0;padding:0}.card a{color:#c00}@media (max-width:600px){.card td{display:block;width:100%!important}}</style></head>
<body style="margin:0;padding:0;background:#f4f4f4"><div style="display:none;max-height:0;overflow:hidden">Unsere Winter-Angebote: bis zu 20 % sparen</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f4"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">
<tr><td style="padding:24px"><a href="https://shop.example/"><img src="https://cdn.shop.example/logo.png" alt="Beispiel Shop" width="200"></a></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:26px">Hallo {{first_name}}, der Winter kommt!</h1><p>Entdecken Sie unsere neuen Angebote.</p></td></tr>`;

const foot = `
<tr><td style="padding:24px;font-size:12px;color:#888;font-family:Arial,Helvetica,sans-serif">
<p>Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben.
<a href="https://shop.example/newsletter/abmelden?id={{subscriber_id}}" style="color:#888">Newsletter abbestellen</a> |
<a href="https://shop.example/impressum" style="color:#888">Impressum</a> | <a href="https://shop.example/datenschutz" style="color:#888">Datenschutz</a></p>
<p>Beispiel Shop GmbH, Musterstraße 1, 10115 Berlin. Geschäftsführer: Max Mustermann. Amtsgericht Berlin-Charlottenburg HRB 123456. USt-IdNr. DE123456789.</p>
</td></tr></table></td></tr></table></body></html>`;

export const newsletterHtml = (targetBytes: number): string => {
  const cards: string[] = [];
  let size = head.length + foot.length;
  for (let i = 1; size < targetBytes; i++) {
    const c = card(i);
    cards.push(c);
    size += c.length;
  }
  return head + cards.join('') + foot;
};

/** The plain-text alternative: about a fifth of the HTML's size, as tools generate it. */
export const newsletterText = (targetHtmlBytes: number): string => {
  const lines = ['Hallo {{first_name}}, der Winter kommt!', ''];
  const cards = Math.max(1, Math.round(targetHtmlBytes / 1400));
  for (let i = 1; i <= cards; i++) {
    lines.push(`Winterjacke Modell ${i} – jetzt 20 % günstiger`, `https://shop.example/p/${i}?utm_source=newsletter`, '');
  }
  lines.push('Newsletter abbestellen: https://shop.example/newsletter/abmelden?id={{subscriber_id}}');
  lines.push('Impressum: https://shop.example/impressum');
  lines.push('Beispiel Shop GmbH, Musterstraße 1, 10115 Berlin, HRB 123456, Amtsgericht Berlin-Charlottenburg');
  return lines.join('\n');
};

export const newsletter = (targetBytes: number) => ({
  from: '"Beispiel Shop GmbH" <news@shop.example>',
  subject: 'Winter-Angebote: bis zu 20 % sparen',
  purpose: 'newsletter' as const,
  topic: 'angebote',
  headers: {
    'List-Unsubscribe': '<https://shop.example/u/one-click/abc>, <mailto:unsubscribe@shop.example?subject=abc>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  },
  html: newsletterHtml(targetBytes),
  text: newsletterText(targetBytes),
});
