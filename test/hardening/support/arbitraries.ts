// fast-check generators for what a caller (or an attacker) can hand to `check`: messages,
// recipients and histories that are valid, nearly valid (one field wrong) or plain garbage.
import fc from 'fast-check';
import { contentLabels, purposes, recipientSources, severities } from '../../../src/model/index.js';

/** Strings that exercise parsers: unicode, lone surrogates, NUL, markup and mail syntax. */
export const nastyString = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.constantFrom('', ' ', '\0', '\uD800', '\uDFFF', '__proto__', 'constructor', 'prototype', '<', '&amp', '"', "'", '\\', '\r\n'),
    fc.stringMatching(/^[<>&"'=/ a-z@.:;#x0-9-]{0,40}$/),
  );

const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });

/** A date the model accepts: a Date, an ISO date-time with offset, or an ISO date. */
export const dateInput: fc.Arbitrary<Date | string> = fc.oneof(
  isoDate,
  isoDate.map((d) => d.toISOString()),
  isoDate.map((d) => d.toISOString().slice(0, 10)),
);

/** A date the model rejects. */
const badDate = fc.oneof(
  fc.constant('2026-13-45'),
  fc.constant('2026-01-01T10:00:00'), // no offset: rejected on purpose
  fc.constant(new Date(Number.NaN)),
  fc.constant('yesterday'),
  fc.integer(),
);

const domain = fc.oneof(
  fc.constantFrom('shop.example', 'news.shop.example', 'gmail.com', 'mailinator.com', 'example.co.uk', 'xn--bcher-kva.example'),
  fc.domain(),
);

const localPart = fc.oneof(fc.constantFrom('news', 'info', 'x7f3k9q2zzpl', 'a.b+c', '"quoted local"'), fc.stringMatching(/^[a-z0-9._-]{1,20}$/));

export const address: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(localPart, domain).map(([l, d]) => `${l}@${d}`),
  fc.emailAddress(),
  nastyString(30),
);

const mailbox = fc.oneof(
  address,
  fc.tuple(fc.oneof(fc.constantFrom('Shop GmbH', 'PayPal Security', 'paypal.com', 'Ä Ö Ü ß'), nastyString(20)), address).map(
    ([name, a]) => `"${name.replace(/["\\]/g, '')}" <${a}>`,
  ),
);

const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom('mailto:unsubscribe@shop.example', 'javascript:alert(1)', '', '#', 'https://shop.example/impressum', 'https://shop.example/abmelden'),
  nastyString(30),
);

/** HTML assembled from fragments a mail really has, plus broken and hostile ones. */
export const html: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.tuple(url, nastyString(20)).map(([u, t]) => `<a href="${u}">${t}</a>`),
      fc.constantFrom(
        '<p>Hallo</p>', '<div style="display:none">versteckt</div>', '<a href="https://shop.example/u">Abmelden</a>',
        '<a href="https://shop.example/impressum">Impressum</a>', 'Shop GmbH, Amtsgericht Berlin HRB 12345',
        '<img alt="Logo">', '<table><tr><td>', '</td></tr></table>', '<b><i>x</b></i>', '<script>var a="</a>"</script>',
        '<!--', '-->', '<![CDATA[', '<svg><a href="x">svg</a></svg>', '<math><mi>x', '&amp;&nbsp;&#0;&#x110000;&bogus;',
        '*|UNSUB|*', '{{unsubscribe}}', '<a href=x title="unsubscribe" aria-label="opt out">', '<template><a href=y>t</a></template>',
      ),
      nastyString(60),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const headerName = fc.oneof(
  fc.constantFrom('List-Unsubscribe', 'list-unsubscribe', 'LIST-UNSUBSCRIBE', 'List-Unsubscribe-Post', 'X-Mailer', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
  nastyString(20),
);

const headerValue = fc.oneof(
  fc.constantFrom('<https://shop.example/u?id=1>, <mailto:u@shop.example>', 'List-Unsubscribe=One-Click', '<javascript:x>', '<<<<', '>'),
  nastyString(60),
);

const headers = fc.dictionary(headerName, fc.oneof(headerValue, fc.array(headerValue, { maxLength: 3 })), { maxKeys: 5 });

/** A message the model accepts. */
export const validMessage = fc.record(
  {
    from: fc.oneof(mailbox, fc.string({ minLength: 1 })).filter((f) => f.length > 0),
    sender: mailbox,
    replyTo: mailbox,
    to: mailbox,
    subject: nastyString(),
    headers,
    html,
    text: fc.oneof(nastyString(200), html, fc.tuple(nastyString(40), url).map(([a, b]) => `${a} ${b}`)),
    purpose: fc.constantFrom(...purposes),
    topic: nastyString(20),
    contentLabels: fc.array(fc.oneof(fc.constantFrom(...contentLabels), fc.string({ minLength: 1, maxLength: 12 })), { maxLength: 3 }),
    spamScore: fc.double({ noNaN: true, noDefaultInfinity: true, min: -100, max: 100 }),
    rawSize: fc.nat(),
  },
  { requiredKeys: ['from', 'subject'] },
);

/** A value of the wrong type or outside the allowed range, for one field. */
const wrongValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(''),
  fc.string(),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
  badDate,
);

/** A valid record with one field (possibly a required one) replaced by a wrong value. */
const nearly = <T extends Record<string, unknown>>(valid: fc.Arbitrary<T>, keys: readonly string[]) =>
  fc.tuple(valid, fc.constantFrom(...keys), wrongValue).map(([v, k, bad]) => ({ ...v, [k]: bad }));

/** Anything JSON or JS can carry, including null-prototype objects, sparse arrays and -0. */
export const garbage = fc.anything({
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
});

export const message = fc.oneof(
  { weight: 16, arbitrary: validMessage },
  { weight: 3, arbitrary: nearly(validMessage, ['from', 'subject', 'headers', 'html', 'text', 'purpose', 'contentLabels', 'spamScore', 'rawSize']) },
  { weight: 1, arbitrary: garbage },
);

const consent = fc.record(
  {
    status: fc.constantFrom('none', 'pending', 'confirmed'),
    method: fc.constantFrom('double-opt-in', 'single-opt-in', 'existing-customer'),
    requestedAt: dateInput,
    confirmedAt: dateInput,
    topics: fc.array(nastyString(12), { maxLength: 3 }),
  },
  { requiredKeys: ['status'] },
);

export const validRecipient = fc.record(
  {
    address,
    name: nastyString(20),
    source: fc.constantFrom(...recipientSources),
    consent,
    lastOpenAt: dateInput,
    lastClickAt: dateInput,
    lastSentAt: dateInput,
    doiRequestsSent: fc.nat(5),
    hardBounces: fc.nat(5),
    unsubscribedAt: dateInput,
    signup: fc.record(
      { at: dateInput, ip: nastyString(15), honeypotFilled: fc.boolean(), botScore: fc.double({ min: 0, max: 1, noNaN: true }) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['address'] },
);

export const recipient = fc.oneof(
  { weight: 7, arbitrary: validRecipient },
  { weight: 2, arbitrary: nearly(validRecipient, ['address', 'source', 'consent', 'lastOpenAt', 'doiRequestsSent', 'signup']) },
  { weight: 1, arbitrary: garbage },
);

const count = fc.nat(1_000_000);

export const validHistory = fc.record(
  {
    lastCampaignAt: dateInput,
    window: fc.record(
      { days: fc.integer({ min: 1, max: 365 }), sent: count, delivered: count, hardBounces: count, complaints: count, abuseReports: count, deferrals: count },
      { requiredKeys: ['days', 'sent'] },
    ),
    dailyVolumes: fc.array(count, { maxLength: 10 }),
    blocklistings: fc.array(fc.record({ list: fc.string({ minLength: 1 }), target: fc.string({ minLength: 1 }), since: dateInput }, { requiredKeys: ['list', 'target'] }), { maxLength: 2 }),
    incidents: fc.array(fc.record({ at: dateInput, ruleId: fc.string(), clause: fc.string(), severity: fc.constantFrom(...severities) }, { requiredKeys: ['at', 'severity'] }), { maxLength: 3 }),
    warnings: fc.array(fc.record({ at: dateInput, reason: fc.string() }, { requiredKeys: ['at'] }), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

export const history = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 12, arbitrary: validHistory },
  { weight: 3, arbitrary: nearly(validHistory, ['lastCampaignAt', 'window', 'dailyVolumes', 'incidents', 'warnings']) },
  { weight: 1, arbitrary: garbage },
);

export const recipients = fc.array(recipient, { maxLength: 6 });

/** The evaluation date: nearly always valid, sometimes not (then an InputError naming `now`). */
export const now = fc.oneof({ weight: 19, arbitrary: isoDate }, { weight: 1, arbitrary: badDate });

/** One whole `check` input. */
export const checkInput = fc.record({ message, history, recipients, now });
