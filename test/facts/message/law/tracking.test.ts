import { describe, expect, it } from 'vitest';
import { attributesOf, findTracking, findTrackingPixels, hasOpaqueToken, isTrackedLink } from '../../../../src/facts/message/law/tracking.js';

describe('tracking pixels', () => {
  it.each([
    '<img src="https://t.example/o/abc" width="1" height="1">',
    "<img width=1 height=1 src='https://t.example/p.gif'>",
    '<img src="https://t.example/p.gif" style="width:1px;height:1px">',
    '<img src="https://t.example/p.gif" style="display:none">',
    '<IMG SRC="https://t.example/p.gif" WIDTH="0" HEIGHT="0">',
    '<img src="https://mailer.example/track/open?u=8f3a9c2e1b7d4f60a1c2">',
    '<img src="https://mailer.example/wf/open?upn={{subscriber_id}}">',
  ])('finds %s', (tag) => {
    expect(findTrackingPixels(`<p>Hallo</p>${tag}`)).toHaveLength(1);
  });

  it.each([
    '<img src="https://shop.example/logo.png" width="120" height="40">',
    '<img src="cid:logo" width="1" height="1">',
    '<img src="data:image/gif;base64,R0lGOD" width="1" height="1">',
    '<img src="https://shop.example/spacer.gif">',
  ])('ignores %s', (tag) => {
    expect(findTrackingPixels(tag)).toEqual([]);
  });

  it('reads an unterminated tag without running away', () => {
    expect(findTrackingPixels(`<img src="https://t.example/p.gif" width=1 height=1 ${'x'.repeat(100_000)}`)).toHaveLength(1);
  });
});

describe('click tracking', () => {
  it.each([
    'https://click.mailer.example/ls/click?upn=Xk29Fa81Qz7Lm3Pq',
    'https://shop.example/track/click?id=8f3a9c2e1b7d4f60a1c2',
    'https://shop.example/produkt?utm_source=nl&uid={{subscriber_id}}',
    'https://links.mailer.example/c/AbC123dEf456GhI789',
  ])('finds %s', (href) => {
    expect(isTrackedLink(href)).toBe(true);
  });

  it.each([
    'https://shop.example/c/wanderschuhe-und-zubehoer-2026',
    'https://shop.example/produkt?utm_source=newsletter&utm_campaign=advent',
    'https://shop.example/abmelden?token=Xk29Fa81Qz7Lm3Pq',
    'mailto:info@shop.example',
  ])('ignores %s', (href) => {
    expect(isTrackedLink(href)).toBe(false);
  });

  it('does not count unsubscribe and settings links by their text', () => {
    expect(isTrackedLink('https://click.mailer.example/ls/click?upn=Xk29Fa81Qz7Lm3Pq', 'Abmelden')).toBe(false);
    expect(isTrackedLink('https://shop.example/newsletter/einstellungen?id={{ subscriber_id }}', 'Einstellungen ändern')).toBe(false);
  });

  it('tells slugs from tokens', () => {
    expect(hasOpaqueToken('/r/Xk29Fa81Qz7Lm3Pq')).toBe(true);
    expect(hasOpaqueToken('/r/0123456789abcdef')).toBe(true);
    expect(hasOpaqueToken('/r/spring-collection-women')).toBe(false);
  });

  it('sums both kinds', () => {
    const f = findTracking('<img src="https://t.example/p.gif" width="1" height="1">', [], [{ href: 'https://shop.example/track/click?id=8f3a9c2e1b7d4f60a1c2', value: '', type: 'url', context: '', after: '', start: 0, end: 0 } as never]);
    expect(f).toMatchObject({ present: true, redirectLinks: 1, kinds: 'pixel + redirect links' });
  });
});

describe('tag attributes', () => {
  it('reads quoted, unquoted and bare attributes', () => {
    expect(Object.fromEntries(attributesOf(` src="a b" WIDTH=1 height='1' hidden alt= x /`))).toEqual({ src: 'a b', width: '1', height: '1', hidden: '', alt: 'x' });
  });

  it('stays linear on hostile tags', () => {
    const hostile = `<img ${'a="a='.repeat(20_000)}>`.repeat(50);
    expect(findTrackingPixels(hostile)).toEqual([]);
  });
});
