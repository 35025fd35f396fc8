// Every formatter in both locales over real reports with many rules: the words the formatters
// write themselves (headings, severities, verdicts, actions, counts, evidence values) come from
// the locale. The rule messages, clause headings and input-error texts are other modules' words
// and are taken out before the scan (their own tests hold them).
import { describe, expect, it } from 'vitest';
import { createPolicy, formatReport, formats, type Format, type Locale, type Report } from '../../src/index.js';
import { listScenarios, loadScenario } from '../../examples/lib/scenario.js';

const englishWords = [
  'the', 'and', 'of', 'problem', 'problems', 'prohibited', 'undesired', 'advisory', 'send', 'exclude', 'invalid', 'recipient',
  'recipients', 'record', 'records', 'verdict', 'suggested', 'sanction', 'action', 'warning', 'notice', 'none', 'hold', 'fix',
  'first', 'yes', 'no', 'true', 'false', 'message', 'history', 'more', 'about', 'rules', 'time', 'times', 'found', 'violations',
  'rate-limit', 'pause-campaign', 'abort-campaign', 'suspend-account', 'termination-eligible', 'rotate-ip',
];
const germanWords = ['Verstoß', 'Verstöße', 'Empfänger', 'Nachricht', 'versenden', 'ausschließen', 'ungültig', 'Maßnahme', 'Ergebnis', 'verboten', 'unerwünscht', 'Hinweis', 'ja', 'nein', 'weitere', 'Regeln'];

const reports = async (locale: Locale) => {
  const out: { name: string; report: Report; rules: ReturnType<typeof createPolicy>['rules'] }[] = [];
  for (const file of listScenarios()) {
    const s = loadScenario(file);
    const policy = createPolicy({ locale, account: { senderDomains: [...s.account.senderDomains] }, now: s.now });
    const report = await policy.check({ message: s.message, recipients: [...s.recipients, { name: 'no address' }] as never, ...(s.history ? { history: s.history } : {}) });
    out.push({ name: s.id, report, rules: policy.rules });
  }
  return out;
};

/** What the formatters write themselves: other modules' texts and identifiers taken out. */
const ownWords = (text: string, report: Report, format: Format, rules: readonly { rule: { description: Record<Locale, string>; fix: Record<Locale, string> } }[] = []): string => {
  let t = text;
  if (format === 'sarif') {
    // Only SARIF's human-readable strings: message, description and help texts.
    const texts: string[] = [];
    JSON.parse(t, (key, value) => {
      if (key === 'text' && typeof value === 'string') texts.push(value);
      return value;
    });
    t = texts.join('\n');
  }
  const foreign = [
    ...report.violations.flatMap((v) => [v.messages.de, v.messages.en, v.clauseHeading]),
    ...report.recipients.flatMap((r) => (r.issues ?? []).map((i) => i.message)),
    ...rules.flatMap((r) => [r.rule.description.de, r.rule.description.en, r.rule.fix.de, r.rule.fix.en]),
  ].sort((a, b) => b.length - a.length);
  for (const s of foreign) if (s) t = t.split(s).join(' ').split(JSON.stringify(s).slice(1, -1)).join(' ');
  return t
    .replace(/<\/?[\w:-]+|(type|classname|name|timestamp)="[^"]*"|[\w:-]+="/g, ' ') // XML tags, identifying attributes, attribute names
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\w.+-]+@[\w.-]+/g, ' ') // addresses
    .replace(/\b[a-z][\w-]*\/[\w-]+/g, ' ') // rule ids
    .replace(/[\w-]+(\.[\w-]+)+=/g, ' ') // evidence keys
    .replace(/\w+(\[\d+\])?(\.\w+)+/g, ' ') // paths such as recipients[3].consent
    .replace(/&quot;.*?&quot;/g, ' ') // evidence strings: the input's own values (a consent status "none")
    .replace(/&\w+;/g, ' ');
};

const wordsIn = (text: string, list: readonly string[]) => {
  const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}-]+/u));
  return list.filter((w) => words.has(w.toLowerCase()));
};
// A decimal point between digits, but not a German thousands group (1.047).
const pointDecimals = (text: string) => text.match(/\d\.(?!\d{3}(?!\d))\d+/g) ?? [];

describe('formatters in both locales', async () => {
  const de = await reports('de');
  const en = await reports('en');

  it('renders scenarios with many rules, decimals and an invalid record (the test has something to find)', () => {
    const ruleIds = new Set(de.flatMap((r) => r.report.violations.map((v) => v.ruleId)));
    expect(ruleIds.size).toBeGreaterThanOrEqual(8);
    expect(de.some((r) => r.report.recipients.some((x) => x.verdict === 'invalid'))).toBe(true);
    const decimals = de.flatMap((r) => r.report.violations.flatMap((v) => Object.values(v.evidence))).filter((x) => typeof x === 'number' && !Number.isInteger(x));
    expect(decimals.length).toBeGreaterThan(0);
  });

  for (const format of formats.filter((f) => f !== 'json')) {
    it(`${format}: German output has no English words and no decimal points, with and without locale`, () => {
      for (const { report, rules } of de) {
        for (const out of [formatReport(report, format, { locale: 'de', rules }), formatReport(report, format, { rules })]) {
          const own = ownWords(out, report, format, rules);
          expect(wordsIn(own, englishWords), own).toEqual([]);
          expect(pointDecimals(own)).toEqual([]);
        }
      }
    });

    it(`${format}: English output has no German words`, () => {
      for (const { report, rules } of en) {
        for (const out of [formatReport(report, format, { locale: 'en', rules }), formatReport(report, format, { rules })]) {
          expect(wordsIn(ownWords(out, report, format, rules), germanWords)).toEqual([]);
        }
      }
    });
  }

  it('the scan finds English words and decimal points where they are (the check itself works)', () => {
    const { report, rules } = en[0]!;
    const own = ownWords(formatReport(report, 'stylish', { rules }), report, 'stylish');
    expect(wordsIn(own, englishWords).length).toBeGreaterThan(0);
    expect(pointDecimals('Quote 0.3453 %, 1.047 Empfänger')).toEqual(['0.3453']);
    expect(wordsIn(ownWords(formatReport(de[0]!.report, 'stylish', { locale: 'de', rules }), de[0]!.report, 'stylish'), germanWords).length).toBeGreaterThan(0);
  });
});
