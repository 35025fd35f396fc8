import { describe, expect, it } from 'vitest';
import { parseAuthenticationResults } from '../../../../src/facts/message/auth/authentication-results.js';
import { parseDkimSignature, signsHeaders } from '../../../../src/facts/message/auth/dkim-signature.js';
import { parseReceivedSpf, parseReturnPath, domainOfAddress } from '../../../../src/facts/message/auth/envelope.js';
import { aligned, organisationalDomain } from '../../../../src/facts/message/auth/org-domain.js';
import { analyzeHeaderForm, analyzeDisplayNameForm, isValidMessageId } from '../../../../src/facts/message/auth/header-form.js';
import { replyPrefixOf } from '../../../../src/facts/message/reply-prefix.js';
import { analyzeAuthentication } from '../../../../src/facts/message/auth/analyze-authentication.js';
import { analyzeOneClickForm } from '../../../../src/facts/message/unsubscribe/one-click-form.js';
import { parseTagList } from '../../../../src/facts/message/auth/tag-list.js';
import { parseMessage } from '../../../../src/model/index.js';

const msg = (headers: Record<string, string | string[]>, extra: Record<string, unknown> = {}) =>
  parseMessage({ from: 'News <news@shop.example>', subject: 'Hello', headers, ...extra });

describe('Authentication-Results (RFC 8601)', () => {
  it('reads spf, dkim and dmarc with their properties, dropping comments', () => {
    const ar = parseAuthenticationResults(
      'mx.google.com; dkim=pass header.i=@shop.example header.s=s1 header.b=abc; spf=pass (google.com: domain of b@bounce.shop.example designates 1.2.3.4 as permitted sender) smtp.mailfrom=b@bounce.shop.example; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=shop.example',
    );
    expect(ar.authservId).toBe('mx.google.com');
    expect(ar.results.map((r) => `${r.method}=${r.result}`)).toEqual(['dkim=pass', 'spf=pass', 'dmarc=pass']);
    expect(ar.results[1]!.props['smtp.mailfrom']).toBe('b@bounce.shop.example');
    expect(ar.results[2]!.props['header.from']).toBe('shop.example');
  });
  it('keeps quoted values, nested comments and a version after the authserv-id', () => {
    const ar = parseAuthenticationResults('example.org 1; spf=fail (a (nested) comment) smtp.mailfrom="x@y.example"; dkim=none');
    expect(ar.results).toEqual([
      { method: 'spf', result: 'fail', props: expect.objectContaining({ 'smtp.mailfrom': 'x@y.example' }) },
      { method: 'dkim', result: 'none', props: {} },
    ]);
  });
  it('"none" means no results', () => expect(parseAuthenticationResults('example.org; none').results).toEqual([]));
  it('is linear on hostile input', () => {
    const ar = parseAuthenticationResults('x;' + '('.repeat(100_000) + 'spf=pass');
    expect(ar.results).toEqual([]);
  });
});

describe('DKIM-Signature tags', () => {
  it('reads d, s, a and the h= list across folding', () => {
    const s = parseDkimSignature('v=1; a=rsa-sha256; c=relaxed/relaxed; d=Shop.Example; s=s1;\r\n h=From:To:Subject:\r\n List-Unsubscribe:List-Unsubscribe-Post; bh=x; b=y');
    expect(s).toEqual({ d: 'shop.example', s: 's1', a: 'rsa-sha256', h: ['from', 'to', 'subject', 'list-unsubscribe', 'list-unsubscribe-post'] });
    expect(signsHeaders(s, ['List-Unsubscribe', 'List-Unsubscribe-Post'])).toBe(true);
    expect(signsHeaders(parseDkimSignature('d=a.example; h=from:list-unsubscribe'), ['list-unsubscribe', 'list-unsubscribe-post'])).toBe(false);
  });
  it('tag-lists keep the first of a repeated tag', () => expect(parseTagList('p=none; p=reject;x').get('p')).toBe('none'));
});

describe('envelope', () => {
  it('Return-Path and Received-SPF', () => {
    expect(parseReturnPath('<bounce+x@mail.shop.example>')).toBe('bounce+x@mail.shop.example');
    expect(parseReturnPath('<>')).toBeNull();
    expect(parseReceivedSpf('Pass (mailfrom) identity=mailfrom; client-ip=1.2.3.4; envelope-from="b@shop.example"; helo=x')).toEqual({ result: 'pass', envelopeFrom: 'b@shop.example' });
    expect(domainOfAddress('a@Shop.Example.')).toBe('shop.example');
    expect(domainOfAddress('a@' + '.'.repeat(50_000))).toBeNull();
  });
});

describe('organisational domain and alignment (RFC 7489 3.1)', () => {
  it('uses the public suffix list', () => {
    expect(organisationalDomain('news.shop.co.uk')).toBe('shop.co.uk');
    expect(aligned('shop.example.com', 'bounce.example.com')).toBe(true);
    expect(aligned('shop.example.com', 'bounce.example.com', 'strict')).toBe(false);
    expect(aligned('example.com', 'EXAMPLE.com.', 'strict')).toBe(true);
    expect(aligned('a.co.uk', 'b.co.uk')).toBe(false);
  });
});

describe('header form', () => {
  it('counts single-instance headers of a raw message', () => {
    const f = analyzeHeaderForm(msg({ From: ['a@shop.example', 'b@shop.example'], Subject: 'x', Date: 'Mon, 1 Jun 2026 10:00:00 +0000', 'Message-ID': '<1@shop.example>' }));
    expect(f.headerBlock).toBe(true);
    expect(f.repeated).toEqual(['from']);
    expect(f.counts.to).toBe(0);
    expect(f.messageIdValid).toBe(true);
  });
  it('message ids', () => {
    expect(isValidMessageId('<a.b@c>')).toBe(true);
    for (const bad of ['a@b', '<ab>', '<a@b@c>', '<a b@c>', '<@c>', '<a@>']) expect(isValidMessageId(bad)).toBe(false);
  });
  it('fake replies', () => {
    expect(replyPrefixOf('AW: Ihre Bestellung')).toEqual({ prefix: 'AW:', kind: 'reply' });
    expect(replyPrefixOf('Review: 5 tips')).toBeNull();
    expect(analyzeHeaderForm(msg({}, { subject: 'Re: your order' })).fakeReply).toBe(true);
    expect(analyzeHeaderForm(msg({}, { subject: 'Fwd: news' }))).toMatchObject({ fakeReply: false, fakeForward: true });
    expect(analyzeHeaderForm(msg({ 'In-Reply-To': '<1@x>' }, { subject: 'Re: your order' })).fakeReply).toBe(false);
  });
  it('display names with subject text or badges', () => {
    expect(analyzeDisplayNameForm('Shop ✅', 'Hi').badges).toEqual(['✅']);
    expect(analyzeDisplayNameForm('LAST CHANCE Shop', 'Hi').subjectText).toEqual(['last chance']);
    expect(analyzeDisplayNameForm('Wholesale Shop', 'Hi').subjectText).toEqual([]);
    expect(analyzeDisplayNameForm('Shop: 50% off everything', '50% off everything').subjectText).toContain('50% off everything');
  });
});

describe('one-click form', () => {
  it('counts https URIs and reads the Post value exactly', () => {
    const f = analyzeOneClickForm(msg({ 'List-Unsubscribe': '<https://a.example/u>, <https://b.example/u>, <mailto:u@a.example>', 'List-Unsubscribe-Post': 'List-Unsubscribe = One-Click' }));
    expect(f).toMatchObject({ httpsUris: 2, mailtoUris: 1, postExact: false });
    expect(analyzeOneClickForm(msg({ 'List-Unsubscribe-Post': ' list-unsubscribe=one-click' })).postExact).toBe(true);
  });
});

describe('analyzeAuthentication', () => {
  it('takes a received message at its receiver word', () => {
    const m = msg({
      'Authentication-Results': 'mx.google.com; dkim=pass header.d=mail.shop.example; spf=softfail smtp.mailfrom=b@esp.example; dmarc=pass header.from=shop.example',
      'DKIM-Signature': 'v=1; d=mail.shop.example; s=s1; h=from:list-unsubscribe:list-unsubscribe-post; b=x',
    });
    const a = analyzeAuthentication(m, 'shop.example');
    expect(a).toMatchObject({ receiver: 'mx.google.com', authenticated: true, aligned: true, listUnsubscribeSigned: true });
    expect(a.spf).toMatchObject({ result: 'softfail', domain: 'esp.example', aligned: false });
    expect(a.dkim).toMatchObject({ result: 'pass', aligned: true });
    expect(a.dmarc.result).toBe('pass');
  });
  it('strict DKIM alignment from the DMARC record', () => {
    const m = msg({ 'Authentication-Results': 'mx; dkim=pass header.d=mail.shop.example; spf=none' });
    const a = analyzeAuthentication(m, 'shop.example', { domain: 'shop.example', dmarc: { record: 'v=DMARC1; p=none; adkim=s', policy: 'none', adkim: 's' } });
    expect(a.aligned).toBe(false);
  });
  it('an outgoing message with DNS facts: no SPF record and no DKIM key is unauthenticated', () => {
    const a = analyzeAuthentication(msg({}), 'shop.example', { domain: 'shop.example', spf: { record: null }, dkim: [{ selector: 's1', record: null, keyBits: null }], dmarc: { record: null } });
    expect(a).toMatchObject({ authenticated: false, aligned: null });
    expect(a.dmarc.record).toBe(false);
  });
  it('an outgoing message with records cannot be judged passed or failed', () => {
    const a = analyzeAuthentication(msg({}), 'shop.example', { domain: 'shop.example', spf: { record: 'v=spf1 mx -all' }, dkim: [{ selector: 's1', record: 'v=DKIM1; p=x', keyBits: 2048 }] });
    expect(a).toMatchObject({ authenticated: null, aligned: true });
    expect(a.dkim.minKeyBits).toBe(2048);
  });
  it('knows nothing about a bare message', () => {
    expect(analyzeAuthentication(msg({}), 'shop.example')).toMatchObject({ authenticated: null, aligned: null, listUnsubscribeSigned: null });
  });
});
