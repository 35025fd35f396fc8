// Every detector that applies regular expressions to untrusted text, run on 100 KB strings built
// to make its patterns backtrack (long runs of the characters they repeat, openers without
// closers). Two bounds: 4× the adversarial string costs < 10× (linear growth; quadratic is 16), and the 100 KB adversarial string costs < 10,000× a benign text of the same
// length. A match-dense string legitimately costs thousands of times a text the detector
// rejects at a glance ("<>" × 50,000 is 50,000 List-Unsubscribe URIs to examine), so the growth
// ratio is the sharp test; quadratic backtracking over 100 KB (~5·10⁹ steps) costs hundreds of
// thousands of times more and fails both.
// Inventory: regex-lint.test.ts lists every regex in src/; below are the detectors reached by
// mail content, recipient files or rule packs. tagNames and isControl are left out: they only
// see the content of a merge tag, at most 240 characters by findMergeTags' own patterns.
import { describe, expect, it } from 'vitest';
import { findImprintSignals } from '../../src/facts/message/imprint/imprint-signals.js';
import { findMergeTags } from '../../src/facts/message/text/find-merge-tags.js';
import { fold, hasWord, squash } from '../../src/facts/message/text/word-matcher.js';
import { isOneClickPost, parseListUnsubscribe } from '../../src/facts/message/unsubscribe/list-unsubscribe.js';
import { neutralizeServerCode } from '../../src/facts/message/neutralize-server-code.js';
import { managesSubscription, namesOtherDestination, namesUnsubscribe, saysUnsubscribe, isSubscriptionPage } from '../../src/facts/message/unsubscribe/unsubscribe-wording.js';
import { findTextLinks } from '../../src/facts/message/text/find-text-links.js';
import { parseMailbox } from '../../src/facts/message/sender/analyze-sender.js';
import { clausesMentioned } from '../../src/report/notice-doc.js';
import { simplePathKeys } from '../../src/engine/evaluate/compile-path.js';
import { hasForbiddenPart } from '../../src/engine/pack/forbidden-keys.js';
import { analyzeMessage, RecipientSchema, RuleSchema } from '../../src/index.js';
import { growth, relativeCost, SIZE_FACTOR } from './support/timing.js';

const SIZE = 100_000;
const MAX_BENIGN_RATIO = 10_000;
// Match-dense strings allocate an object per match, so GC adds noise to the small side: the
// growth bound here is 10 for 4× (quadratic would be 16), a little wider than the HTML tests' 8.
const MAX_GROWTH = 10;

/** `unit` repeated to exactly `size` characters. */
const fill = (unit: string, size = SIZE): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const BENIGN = fill('Sehr geehrte Kundin, unser Angebot gilt bis Freitag. Mit freundlichen Grüßen, Ihr Team. ');

/** A detector and the units its adversarial strings repeat. */
/** `growth: false`: the growth ratio is not asserted (see the detector's comment). */
type Detector = readonly [name: string, run: (s: string) => unknown, units: readonly string[], growth?: false];

const detectors: readonly Detector[] = [
  ['findMergeTags', findMergeTags, ['*|', `*|${'a'.repeat(59)}`, `{{{${'a'.repeat(239)}`, '{', '{a', `{${'a'.repeat(60)}`, '%a', `%${'a'.repeat(60)}`, `[[${'a'.repeat(60)}`, `+++${'a'.repeat(60)}`, `##${'a'.repeat(60)}`, `<%${'a'.repeat(119)}`, `{$${'a'.repeat(119)}`]],
  ['findImprintSignals', findImprintSignals, ['Aaaaaaaaaa ', 'A', '1', '12345 ', '1 Aaaa Aaaa Aaaa ', 'Hauptstraß', 'via Aaaa ', 'HRB ', 'DE1234', 'GmbH ', 'a GmbH & Co. ', '\nAaaa\n', 'ul. Aa Aa Aa ', 'Ltd.', 'D-12345 ']],
  ['fold', fold, ['a\u0301', 'ß', ' ']],
  ['squash', squash, [' \t\n', ' a']],
  ['hasWord', (s) => hasWord(s, 'abmelden', true), ['abmelde', 'a', 'abmeldenx']],
  ['parseListUnsubscribe', parseListUnsubscribe, ['<', '<a', '< ', '<>', '>']],
  ['isOneClickPost', isOneClickPost, [' ', ' \t\r\n']],
  ['neutralizeServerCode', neutralizeServerCode, ['<?', '<?php ', '<?="\'>', '<?a?>']],
  ['saysUnsubscribe', saysUnsubscribe, ['unsubscrib', 'ab', 'opt ', 'a']],
  ['namesUnsubscribe', namesUnsubscribe, ['unsub', '_']],
  ['namesOtherDestination', namesOtherDestination, ['a ', '.']],
  ['managesSubscription', managesSubscription, ['subscri', 'a ']],
  ['isSubscriptionPage', isSubscriptionPage, ['/a', '?#', '/unsubscribe']],
  // linkifyjs (third party) measured 8-9× for 4× on runs of "http://" or "www." (bound 8): near
  // linear, not quadratic (a 4 MB text of links takes ~4× a 1 MB one in hostile-html.test.ts, whose
  // growth tests cover text links); only the benign bound is asserted here.
  ['findTextLinks (linkifyjs)', findTextLinks, ['http://', 'a.', 'a@', 'www.', '.com', 'https://a.b/(', 'mailto:'], false],
  ['clausesMentioned', clausesMentioned, ['A1', 'U', 'A1 ']],
  ['parseMailbox (email-addresses)', parseMailbox, ['(', '"', 'a.', ' ', '"a" ']],
  ['display name of From (sender facts)', (s) => analyzeMessage({ from: `"${s}" <a@shop.example>`, subject: 'x' }), ['a.', 'a-', 'a.a-', '!']],
  ['simplePathKeys (rule-pack paths)', (s) => simplePathKeys(`$${s}`), ['.a', '[1]', '.aaaaaaaa[']],
  ['hasForbiddenPart (rule-pack names)', hasForbiddenPart, ['a', 'a.', '$']],
  ['rule id (RuleSchema)', (s) => RuleSchema.shape.id.safeParse(s), ['a', 'a-', 'a/']],
  // Both dates get the adversarial string itself: a prefixed copy built inside the timed call
  // (`2026-01-01T${s}`) measured a 100 KB string copy and its GC, not the date patterns; the unit
  // '2026-01-01T' repeated still puts a valid date before the T and feeds the time pattern.
  ['recipient dates (zod ISO, hostile recipient files)', (s) => RecipientSchema.safeParse({ address: 'a@b.c', lastOpenAt: s, consent: { status: 'confirmed', confirmedAt: s } }), ['1', '2026-01-01T', '0:', '+']],
];

describe('regex detectors on adversarial 100 KB strings', () => {
  it.each(detectors.map((d) => [d[0], d] as const))('%s: linear on strings built to backtrack, and near a benign text', (_name, [, run, units, checkGrowth]) => {
    for (const unit of units) {
      const label = JSON.stringify(unit.slice(0, 16));
      if (checkGrowth !== false) {
        const g = growth((n) => {
          const s = fill(unit, n);
          return () => run(s);
        }, SIZE / SIZE_FACTOR, SIZE_FACTOR, MAX_GROWTH);
        expect(g.ratio, `${label} repeated: ${SIZE_FACTOR}× the length cost ${g.ratio.toFixed(1)}×`).toBeLessThan(MAX_GROWTH);
      }
      const evil = fill(unit);
      const { ratio } = relativeCost(() => run(evil), () => run(BENIGN));
      expect(ratio, `${label} repeated to 100 KB cost ${ratio.toFixed(1)}× the benign text`).toBeLessThan(MAX_BENIGN_RATIO);
    }
  }, 300_000);
});
