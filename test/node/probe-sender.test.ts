import { generateKeyPairSync } from 'node:crypto';
import { Resolver } from 'node:dns/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkSender, createPolicy } from '../../src/index.js';
import { probeSender, dkimKeyBits } from '../../src/node/index.js';
import { reverseName, startDnsServer, type DnsServer } from '../helpers/dns-server.js';

// Two zones on a DNS server the test starts on 127.0.0.1: one that meets the bulk-sender
// requirements, one that breaks them. The resolver asks only that server: never the internet.
const key = (bits: number) => generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
const KEY_2048 = key(2048);
const KEY_512 = key(512);

let server: DnsServer;
let resolver: Resolver;

beforeAll(async () => {
  server = await startDnsServer({
    // compliant: good.example, sending from 192.0.2.10 = mail.good.example
    'good.example': { TXT: ['v=spf1 ip4:192.0.2.10 -all', 'google-site-verification=abc'], MX: [{ priority: 20, exchange: 'mx2.good.example' }, { priority: 10, exchange: 'mx1.good.example' }] },
    '_dmarc.good.example': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc@good.example; adkim=s'] },
    's2048._domainkey.good.example': { TXT: [`v=DKIM1; k=rsa; p=${KEY_2048}`] },
    [reverseName('192.0.2.10')]: { PTR: ['mail.good.example'] },
    'mail.good.example': { A: ['192.0.2.10'] },
    // broken: news.broken.example, no SPF, no DMARC (none at the org domain either), a 512-bit
    // key, no MX, and 198.51.100.7 whose PTR name points elsewhere
    'news.broken.example': { TXT: ['some other text'] },
    'broken.example': { TXT: ['v=spf1 -all'] },
    'old._domainkey.news.broken.example': { TXT: [`v=DKIM1; p=${KEY_512}`] },
    [reverseName('198.51.100.7')]: { PTR: ['static-7.isp.example'] },
    'static-7.isp.example': { A: ['198.51.100.99'] },
  });
  resolver = new Resolver({ timeout: 2000, tries: 1 });
  resolver.setServers([server.address]);
});

afterAll(() => server.close());

describe('probeSender against a local DNS server', () => {
  it('compliant zone', async () => {
    const sender = await probeSender({ domain: 'good.example', ip: '192.0.2.10', dkimSelectors: ['s2048'] }, { resolver, tls: true });
    expect(sender).toEqual({
      domain: 'good.example',
      ip: '192.0.2.10',
      spf: { record: 'v=spf1 ip4:192.0.2.10 -all' },
      dmarc: { record: 'v=DMARC1; p=quarantine; rua=mailto:dmarc@good.example; adkim=s', policy: 'quarantine', rua: ['mailto:dmarc@good.example'], adkim: 's', at: 'good.example' },
      dkim: [{ selector: 's2048', domain: 'good.example', record: `v=DKIM1; k=rsa; p=${KEY_2048}`, keyType: 'rsa', keyBits: 2048 }],
      mx: ['mx1.good.example', 'mx2.good.example'],
      ptr: { hostnames: ['mail.good.example'], forwardConfirmed: true },
      tls: true,
    });
    const report = await createPolicy({ packs: [bulkSender], now: '2026-12-06T00:00:00Z' }).check({
      message: { from: '"Good" <news@good.example>', subject: 'Neu', purpose: 'newsletter', headers: { 'List-Unsubscribe': '<https://good.example/u/1>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }, html: '<a href="https://good.example/u/1">Abmelden</a>' },
      sender,
    });
    expect(report.violations).toEqual([]);
  });

  it('broken zone', async () => {
    const sender = await probeSender({ domain: 'news.broken.example', ip: '198.51.100.7', dkimSelectors: ['old', 'missing'] }, { resolver, tls: false });
    expect(sender).toMatchObject({
      spf: { record: null },
      dmarc: { record: null },
      dkim: [
        { selector: 'old', keyBits: 512 },
        { selector: 'missing', record: null, keyBits: null },
      ],
      mx: [],
      ptr: { hostnames: ['static-7.isp.example'], forwardConfirmed: false },
      tls: false,
    });
    expect(sender.lookupErrors).toBeUndefined();
    expect(server.queries).toContain('TXT _dmarc.broken.example'); // the organisational domain was asked too
    const report = await createPolicy({ packs: [bulkSender], now: '2026-12-06T00:00:00Z' }).check({
      message: { from: '"Broken" <news@news.broken.example>', subject: 'Neu', purpose: 'newsletter', html: '<p>Hi</p>' },
      sender,
    });
    expect(report.violations.map((v) => v.ruleId).sort()).toEqual([
      'bulk/dkim-key-too-short',
      'bulk/from-domain-no-mx',
      'bulk/no-body-unsubscribe-link',
      'bulk/no-dmarc-record',
      'bulk/no-one-click-unsubscribe',
      'bulk/no-tls',
      'bulk/ptr-not-forward-confirmed',
      'bulk/spf-not-passing',
    ]);
  });

  it('lists a failed lookup instead of guessing', async () => {
    const failing = { resolveTxt: () => Promise.reject(Object.assign(new Error('timeout'), { code: 'ETIMEOUT' })), resolveMx: async () => [], reverse: async () => [], resolve4: async () => [], resolve6: async () => [] };
    const sender = await probeSender({ domain: 'x.example' }, { resolver: failing });
    expect(sender.spf).toBeUndefined();
    expect(sender.lookupErrors).toEqual(['TXT x.example: ETIMEOUT', 'TXT _dmarc.x.example: ETIMEOUT']);
  });

  it('reads DKIM key sizes', () => {
    expect(dkimKeyBits(`v=DKIM1; p=${KEY_2048}`)).toEqual({ keyType: 'rsa', keyBits: 2048 });
    expect(dkimKeyBits('v=DKIM1; p=')).toEqual({ keyType: 'rsa', keyBits: null });
    expect(dkimKeyBits('v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=')).toEqual({ keyType: 'ed25519', keyBits: 256 });
  });
});
