// Adversarial 100 KB mail bodies (long runs that make a backtracking regex explode) and benign
// bodies of the same length. Shared by test/facts/message/adversarial.test.ts (a CPU cap) and
// `npm run bench` (the cost of each against the benign body of its part).
const SIZE = 100_000;
export const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

// A newsletter's text part has links: linkifyjs reads only the runs that can hold one, so a
// benign text without any would time the prose scan alone, not the link finding the
// adversarial runs of dots and at signs exercise.
export const benignText = fill('Hello and welcome to our newsletter, see https://shop.de/x for news and offers for you. ');
export const benignHtml = fill('<p>Hello and welcome to <b>our</b> newsletter, see <a href="https://shop.de/x">offers</a>.</p>');

export const adversarial: [string, string][] = [
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
  // structured-address look-backs (a window before each postal code) and anchor markup in text parts
  ['postal codes after long words', fill('Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb Cc 12345 Abcd ')],
  ['house-number lines', fill('Ab Cd 12,\n12345 Ab ')],
  ['state and ZIP without street', fill('Aa, TX 12345 ')],
  ['anchor markup as text', fill('<a x href="http://a.de/" ')],
];

export const adversarialStructure: [string, string][] = [
  ['open tags', fill('<div>')],
  ['open anchors', fill('<a href=x>')],
  ['nested link elements', fill('<mj-button>x')],
  ['unclosed attribute', `<a href="${fill('x')}`],
  ['unclosed PHP block', `<?php ${fill('x')}`],
  ['many PHP blocks', fill('<?php $a->b ?>')],
  ['hidden styles', fill('<span style="display:none">x</span>')],
];
