// Untrusted HTML and text must cost linear time. Each adversarial 100 KB input (long runs that
// make a backtracking regex explode) is timed against a benign input of the same length; the
// bound is a generous ratio, not an absolute time, so a slow or busy machine cannot fail it.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../src/facts/index.js';

const SIZE = 100_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

// A newsletter's text part has links: linkifyjs reads only the runs that can hold one, so a
// benign text without any would time the prose scan alone, not the link finding the
// adversarial runs of dots and at signs exercise.
const benignText = fill('Hello and welcome to our newsletter, see https://shop.de/x for news and offers for you. ');
const benignHtml = fill('<p>Hello and welcome to <b>our</b> newsletter, see <a href="https://shop.de/x">offers</a>.</p>');

/** Median of three runs, in ms. */
const time = (run: () => void): number => {
  const t: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    t.push(performance.now() - start);
  }
  return t.sort((a, b) => a - b)[1]!;
};

const analyze = (body: { html?: string; text?: string }, from = '"Shop" <a@shop.de>') => () => {
  analyzeMessage({ from, subject: 's', ...body });
};

const RATIO = 30;

const adversarial: [string, string][] = [
  ['digits', fill('1')],
  ['digits and spaces', fill('12345 ')],
  ['capitalised words', fill('Aaaa ')],
  ['street-like runs', fill('via Aaaa Bbbb Cccc ')],
  ['number then words', fill('1 Aa Bb Cc Dd ')],
  ['street addresses on one line', fill('1 Main Street ')],
  ['dots', fill('a.')],
  ['at signs', fill('a@')],
  ['braces', fill('{{')],
  ['brace expression without end', `{{${fill('a')}`],
  ['pipes and stars', fill('*|')],
  ['percent runs', fill('%a')],
  ['brackets', fill('[a')],
  ['quotes', fill(`'"`)],
  ['legal-form look-alikes', fill('Aa GmbH AG ')],
  ['register look-alikes', fill('HRB 1 ')],
  ['question marks', fill('? ')],
  ['whitespace', fill(' \n')],
  ['unsubscribe words', fill('unsub ')],
];

describe('linear time on adversarial input (ratio to a benign input of the same length)', () => {
  const baseText = time(analyze({ text: benignText }));
  const baseHtml = time(analyze({ html: benignHtml }));

  it.each(adversarial)('text part: %s', (_name, input) => {
    expect(time(analyze({ text: input })) / baseText).toBeLessThan(RATIO);
  });

  it.each(adversarial)('HTML part: %s', (_name, input) => {
    expect(time(analyze({ html: input })) / baseHtml).toBeLessThan(RATIO);
  });

  it.each([
    ['open tags', fill('<div>')],
    ['open anchors', fill('<a href=x>')],
    ['nested link elements', fill('<mj-button>x')],
    ['unclosed attribute', `<a href="${fill('x')}`],
    ['unclosed PHP block', `<?php ${fill('x')}`],
    ['many PHP blocks', fill('<?php $a->b ?>')],
    ['hidden styles', fill('<span style="display:none">x</span>')],
  ])('HTML structure: %s', (_name, input) => {
    expect(time(analyze({ html: input })) / baseHtml).toBeLessThan(RATIO);
  });

  it('display names and List-Unsubscribe headers', () => {
    const base = time(() => analyzeMessage({ from: `"${fill('a ')}" <a@shop.de>`, subject: 's', headers: { 'List-Unsubscribe': fill('x') } }));
    const bad = time(() =>
      analyzeMessage({ from: `"${fill('a.')}" <a@shop.de>`, subject: 's', headers: { 'List-Unsubscribe': fill('<') } }),
    );
    expect(bad / Math.max(base, 0.5)).toBeLessThan(RATIO);
  });
});

