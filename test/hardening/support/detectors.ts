import { managedEmailServer } from '../../../src/packs/managed-email-server.js';
// Every detector that applies regular expressions to untrusted text, with the units its
// adversarial strings repeat (long runs of the characters its patterns repeat, openers without
// closers). Shared by test/hardening/regex-adversarial.test.ts (a CPU cap at 100 KB) and
// `npm run bench` (growth ratios). Inventory: regex-lint.test.ts lists every regex in src/;
// these are the ones reached by mail content, recipient files or rule packs. tagNames and
// isControl are left out: they only see the content of a merge tag, at most 240 characters by
// findMergeTags' own patterns.
import { findImprintSignals } from '../../../src/facts/message/imprint/imprint-signals.js';
import { findMergeTags } from '../../../src/facts/message/text/find-merge-tags.js';
import { fold, hasWord, squash } from '../../../src/facts/message/text/word-matcher.js';
import { isOneClickPost, parseListUnsubscribe } from '../../../src/facts/message/unsubscribe/list-unsubscribe.js';
import { neutralizeServerCode } from '../../../src/facts/message/neutralize-server-code.js';
import { managesSubscription, namesOtherDestination, namesUnsubscribe, saysUnsubscribe, isSubscriptionPage } from '../../../src/facts/message/unsubscribe/unsubscribe-wording.js';
import { findTextLinks } from '../../../src/facts/message/text/find-text-links.js';
import { parseMailbox } from '../../../src/facts/message/sender/analyze-sender.js';
import { clausesMentioned } from '../../../src/report/notice-doc.js';
import { simplePathKeys } from '../../../src/engine/evaluate/compile-path.js';
import { hasForbiddenPart } from '../../../src/engine/pack/forbidden-keys.js';
import { analyzeMessage, RecipientSchema, RuleSchema } from '../../../src/index.js';

/** `unit` repeated to exactly `size` characters. */
export const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** A detector and the units its adversarial strings repeat. */
export type Detector = readonly [name: string, run: (s: string) => unknown, units: readonly string[]];

export const detectors: readonly Detector[] = [
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
  ['findTextLinks (linkifyjs)', findTextLinks, ['http://', 'a.', 'a@', 'www.', '.com', 'https://a.b/(', 'mailto:']],
  ['clausesMentioned', (s: string) => clausesMentioned(s, managedEmailServer.clauses.map((c) => c.id)), ['A1', 'U', 'A1 ']],
  ['parseMailbox (email-addresses)', parseMailbox, ['(', '"', 'a.', ' ', '"a" ']],
  ['display name of From (sender facts)', (s) => analyzeMessage({ from: `"${s}" <a@shop.example>`, subject: 'x' }), ['a.', 'a-', 'a.a-', '!']],
  ['simplePathKeys (rule-pack paths)', (s) => simplePathKeys(`$${s}`), ['.a', '[1]', '.aaaaaaaa[']],
  ['hasForbiddenPart (rule-pack names)', hasForbiddenPart, ['a', 'a.', '$']],
  ['rule id (RuleSchema)', (s) => RuleSchema.shape.id.safeParse(s), ['a', 'a-', 'a/']],
  // Both dates get the adversarial string itself: the unit '2026-01-01T' repeated still puts a
  // valid date before the T and feeds the time pattern.
  ['recipient dates (zod ISO, hostile recipient files)', (s) => RecipientSchema.safeParse({ address: 'a@b.c', lastOpenAt: s, consent: { status: 'confirmed', confirmedAt: s } }), ['1', '2026-01-01T', '0:', '+']],
];
