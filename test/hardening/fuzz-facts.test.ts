// Properties of the pure facts layer and the .eml adapter over generated, hostile content:
// analyzeMessage never throws on a valid message and is deterministic; fromEml turns any
// string into a Message or an InputError, nothing else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage, fromEml, InputError } from '../../src/index.js';
import { html, nastyString, validMessage } from './support/arbitraries.js';
import { fuzz, HEAVY_TIMEOUT } from './support/fuzz.js';

const headerLine = fc.oneof(
  fc.constantFrom(
    'From: "Shop GmbH" <news@shop.example>', 'From: =?utf-8?B?U2hvcA==?= <a@b.example>', 'From: ((((((x@y.z',
    'Subject: Angebot', 'Subject: =?iso-8859-1?Q?=E4?=', 'List-Unsubscribe: <https://shop.example/u>', '__proto__: x',
    'Content-Type: multipart/alternative; boundary="b"', 'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64', 'Content-Transfer-Encoding: quoted-printable', ' folded continuation',
  ),
  fc.tuple(nastyString(20), nastyString(40)).map(([k, v]) => `${k}: ${v}`),
);

const emlBody = fc.oneof(
  html,
  nastyString(200),
  fc.array(fc.constantFrom('--b', '--b--', 'Content-Type: text/plain', '', '=E4=', 'PGI+eDwvYj4=', '<a href="x">Abmelden</a>'), { maxLength: 12 }).map((l) => l.join('\r\n')),
);

const eml = fc.tuple(fc.array(headerLine, { maxLength: 8 }), fc.constantFrom('\r\n', '\n'), emlBody).map(([hs, nl, body]) => `${hs.join(nl)}${nl}${nl}${body}`);

describe('fuzz: facts and adapters', () => {
  it('analyzeMessage never throws on a valid message, is deterministic and self-consistent', async () => {
    await fuzz(
      'analyzeMessage',
      fc.property(validMessage, (message) => {
        const a = analyzeMessage(message, { senderDomains: ['shop.example'] });
        const b = analyzeMessage(message, { senderDomains: ['shop.example'] });
        expect(b).toEqual(a);
        expect(a.unsubscribe.inBody).toBe(a.unsubscribe.links.length > 0);
        expect(a.unsubscribe.inHeader).toBe(a.unsubscribe.headerUris.length > 0);
        if (message.rawSize === undefined) expect(a.sizeBytes).toBeGreaterThanOrEqual(a.htmlBytes);
        expect(a.imprint.present).toBe(a.imprint.via !== null);
      }),
    );
  }, HEAVY_TIMEOUT);

  it('fromEml reads any string into a Message or throws InputError', async () => {
    await fuzz(
      'fromEml',
      fc.asyncProperty(fc.oneof(eml, fc.string(), fc.uint8Array({ maxLength: 200 })), async (raw) => {
        try {
          const message = await fromEml(raw);
          expect(typeof message.from).toBe('string');
          analyzeMessage(message); // what fromEml returns is a valid message
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
        }
      }),
    );
  }, HEAVY_TIMEOUT);
});
