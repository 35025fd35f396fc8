// An anchor's text: everything rendered inside it (nested links included), cut at
// MAX_ANCHOR_TEXT characters so nested link elements cannot make the texts grow quadratically.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../../src/facts/index.js';
import { MAX_ANCHOR_TEXT } from '../../../../src/facts/message/html/html-collector.js';

const anchors = (html: string) => analyzeMessage({ from: 'a@shop.example', subject: 's', html }).body.anchors;

describe('anchor text', () => {
  it('holds the text of links nested in it, images by their alt text', () => {
    const [outer, inner] = anchors('<mj-button href="https://a.example">Newsletter <mj-button href="https://b.example">hier <img alt="abbestellen"></mj-button> bitte</mj-button>');
    expect(outer!.text).toBe('Newsletter hier abbestellen bitte');
    expect(inner!.text).toBe('hier abbestellen');
  });

  it(`is cut at ${MAX_ANCHOR_TEXT} characters`, () => {
    const words = 'Abmelden '.repeat(200);
    const [a] = anchors(`<a href="https://a.example/u">${words}</a>`);
    expect(a!.text.length).toBeLessThanOrEqual(MAX_ANCHOR_TEXT);
    expect(words.startsWith(a!.text)).toBe(true);
    expect(a!.text.length).toBeGreaterThan(MAX_ANCHOR_TEXT - 10);
  });

  it('stays whole for every nested link of a deep chain, each its first characters', () => {
    const list = anchors('<mj-button href="x">a'.repeat(3000));
    expect(list.length).toBe(3000);
    expect(list[0]!.text.length).toBeLessThanOrEqual(MAX_ANCHOR_TEXT);
    expect(list[2999]!.text).toBe('a');
  });
});
