import { describe, expect, it } from 'vitest';
import { createPolicy, formatJson, formatJunit, formatReport, formatSarif, formatStylish, headerLines, type FormatRule, type Violation } from '../../src/index.js';
import { cleanReport, report, rules, unsub } from './fixture.js';

const ansi = /\u001b\[/;

describe('stylish', () => {
  it('groups violations by message, history and recipient and lists invalid records', () => {
    const out = formatStylish(report, { locale: 'en', sources: { message: 'news.eml' } });
    const lines = out.split('\n');
    expect(lines[0]).toBe('news.eml');
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    expect(at('  message')).toBeLessThan(at('mes/no-unsubscribe-link'));
    expect(at('sending history')).toBeLessThan(at('mes/volume-spike'));
    expect(at('  bob@example.org')).toBeLessThan(at('mes/purchased-list'));
    expect(out).toContain('recipients[2].address: an address is required');
    expect(out).toContain('3 problems (1 prohibited, 1 undesired, 1 advisory)');
    expect(out).toContain('Recipients: 1 send, 1 exclude, 1 invalid');
    expect(out).toContain('Verdict: fix first · Suggested action: Limit the sending rate');
    expect(out).not.toMatch(ansi);
  });

  it('colours by severity only when asked', () => {
    const out = formatStylish(report, { color: true });
    expect(out).toContain('\u001b[31m✖ prohibited');
    expect(out).toContain('\u001b[33m⚠ undesired');
  });

  it('speaks German, messages included', () => {
    const out = formatStylish(report, { locale: 'de' });
    expect(out).toContain('Nachricht');
    expect(out).toContain('mes/no-unsubscribe-link de');
    expect(out).toContain('3 Verstöße (1 verboten, 1 unerwünscht, 1 Hinweis)');
    expect(formatStylish(cleanReport, { locale: 'de' })).toContain('Keine Verstöße gefunden.');
  });

  it('names the action in the locale and writes German numbers', () => {
    const many = { ...report, violations: Array.from({ length: 1047 }, () => report.violations[0]!) };
    const de = formatStylish(many, { locale: 'de' });
    expect(de).toContain('1.047 Verstöße (0 verboten, 1.047 unerwünscht, 0 Hinweise)');
    expect(de).toContain('Ergebnis: erst beheben · Empfohlene Maßnahme: Senderate begrenzen');
    expect(formatStylish({ ...report, violations: [report.violations[0]!] }, { locale: 'en' })).toContain('1 problem (0 prohibited, 1 undesired, 0 advisory)');
  });

  it('without a locale speaks the language of the report\'s messages', () => {
    const german = (v: Violation): Violation => ({ ...v, message: v.messages.de });
    const de = formatStylish({ ...report, violations: report.violations.map(german), recipients: [] });
    expect(de).toContain('Nachricht');
    expect(de).toContain('Ergebnis: erst beheben');
    expect(de).not.toContain('Verdict');
    expect(formatReport({ ...report, violations: report.violations.map(german) }, 'junit')).toContain('[U2, unerwünscht]');
  });

  it('ends with the documentation page of each rule that fired', () => {
    const withUrls = rules.map((r) => ({ ...r, rule: { ...r.rule, url: `https://docs.example/${r.id}.md` } }));
    const out = formatStylish(report, { locale: 'en', rules: withUrls });
    const tail = out.slice(out.indexOf('About the rules:'));
    expect(tail.split('\n').filter((l) => l.includes('https://'))).toEqual([
      '  mes/no-unsubscribe-link  https://docs.example/mes/no-unsubscribe-link.md',
      '  mes/volume-spike         https://docs.example/mes/volume-spike.md',
      '  mes/purchased-list       https://docs.example/mes/purchased-list.md',
    ]);
    expect(formatStylish(report, { locale: 'de', rules: withUrls })).toContain('Mehr zu den Regeln:');
    expect(formatStylish(report, { rules })).not.toContain('About the rules');
  });

  it('prints explanation lines under each violation', () => {
    const out = formatStylish(report, { explain: (v) => [`why ${v.ruleId}`] });
    const lines = out.split('\n');
    const i = lines.findIndex((l) => l.includes('mes/no-unsubscribe-link'));
    expect(lines[i + 1]?.trim()).toBe('why mes/no-unsubscribe-link');
  });
});

describe('json', () => {
  it('is the report itself', () => {
    expect(JSON.parse(formatJson(report))).toEqual(report);
    expect(formatReport(report, 'json')).toBe(formatJson(report));
  });
});

describe('sarif', () => {
  const sarif = JSON.parse(formatSarif(report, { rules, locale: 'en', toolVersion: '1.2.3', sources: { message: 'news.eml', recipients: 'list.csv' } }));
  const run = sarif.runs[0];

  it('is SARIF 2.1.0 with every rule that ran in tool.driver.rules', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'mailpolicy', version: '1.2.3' });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
    expect(run.tool.driver.rules[1]).toMatchObject({
      id: 'mes/purchased-list',
      shortDescription: { text: 'mes/purchased-list description' },
      help: { text: 'mes/purchased-list fix' },
      defaultConfiguration: { level: 'error' },
      properties: { clause: 'P1', severity: 'prohibited' },
    });
  });

  it('maps severities to levels and points each result at its rule and input', () => {
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['warning', 'note', 'error']);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const bought = run.results[2];
    expect(bought.locations[0].physicalLocation.artifactLocation.uri).toBe('list.csv');
    expect(bought.locations[0].logicalLocations[0].name).toBe('bob@example.org');
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('news.eml');
    expect(run.results[0].properties.evidence).toEqual({ 'unsubscribe.inBody': false });
  });

  it('reports invalid recipient records as execution errors', () => {
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toBe('recipients[2].address: an address is required');
  });

  it('links each rule to its documentation (helpUri) from the rule metadata', () => {
    const policy = createPolicy();
    const out = JSON.parse(formatSarif(report, { rules: policy.rules })).runs[0];
    const unsubscribe = out.tool.driver.rules.find((r: { id: string }) => r.id === 'mes/no-unsubscribe-link');
    expect(unsubscribe.helpUri).toBe('https://unpkg.com/mailpolicy/docs/rules/mes/no-unsubscribe-link.md');
    expect(out.tool.driver.rules.every((r: { helpUri?: string }) => /^https:\/\/unpkg\.com\/mailpolicy\/docs\/rules\/mes\/[a-z-]+\.md$/.test(r.helpUri ?? ''))).toBe(true);
  });

  it('gives CSV rows and .eml headers a region when their lines are known', () => {
    const eml = 'Received: x\r\nFrom: "Shop" <news@shop.example>\r\nSubject: Hi\r\n  folded\r\nList-Unsubscribe: <https://shop.example/u>\r\n\r\nFrom: body\r\n';
    expect(headerLines(eml)).toEqual({ received: 1, from: 2, subject: 3, 'list-unsubscribe': 5 });
    const from = { ...unsubFor('mes/no-display-name'), evidence: { 'sender.hasDisplayName': false } };
    const oneClick = { ...unsubFor('mes/no-one-click-unsubscribe'), evidence: { 'unsubscribe.oneClick': false, 'unsubscribe.inHeader': true } };
    const r = { ...report, violations: [from, oneClick, ...report.violations] };
    const out = JSON.parse(formatSarif(r, { sources: { message: 'news.eml', recipients: 'list.csv' }, lines: { headers: headerLines(eml), recipientLine: (i) => i + 2 } })).runs[0];
    const region = (i: number) => out.results[i].locations[0].physicalLocation.region;
    expect(region(0)).toEqual({ startLine: 2 }); // From
    expect(region(1)).toBeUndefined(); // List-Unsubscribe-Post is not in the file
    expect(region(2)).toBeUndefined(); // the body's unsubscribe link: no header
    expect(region(4)).toEqual({ startLine: 3 }); // bob, index 1: the CSV's third line
  });

  it('states a rule\'s options once in its descriptor and cuts long evidence lists with a count', () => {
    const brands = Array.from({ length: 24 }, (_, i) => `brand${i}`);
    const rule: FormatRule = { ...rules[0]!, options: { brands, maxLength: 3 } };
    const v = { ...unsub, evidence: { 'options.brands': brands, 'options.maxLength': 4, 'sender.words': brands.slice(0, 12), 'sender.ok': true } };
    const out = JSON.parse(formatSarif({ ...report, violations: [v, v] }, { rules: [rule] })).runs[0];
    expect(out.tool.driver.rules[0].properties.options.brands).toHaveLength(24);
    for (const res of out.results) {
      expect(res.properties.evidence).toEqual({ 'options.maxLength': 4, 'sender.words': brands.slice(0, 10), 'sender.ok': true });
      expect(res.properties.evidenceCounts).toEqual({ 'sender.words': 12 });
    }
    expect(JSON.stringify(out).split('brand23').length - 1).toBe(1);
  });

  it('adds a descriptor for a violation whose rule was not listed', () => {
    const r = JSON.parse(formatSarif(report)).runs[0];
    expect(r.tool.driver.rules.map((d: { id: string }) => d.id)).toEqual(['mes/no-unsubscribe-link', 'mes/volume-spike', 'mes/purchased-list']);
  });
});

const unsubFor = (ruleId: string): Violation => ({ ...unsub, ruleId });

describe('junit', () => {
  const xml = formatJunit(report, { rules, locale: 'en' });
  const testcase = (id: string) => xml.match(new RegExp(`<testcase [^>]*name="${id}"[^]*?(?:/>|</testcase>)`))?.[0] ?? '';

  it('has a testcase per rule, failing for rules with violations', () => {
    expect(xml.match(/<testcase /g)?.length).toBe(rules.length + 1);
    expect(testcase('mes/spam-score')).toMatch(/\/>$/);
    expect(testcase('mes/no-unsubscribe-link')).toContain('<failure type="undesired"');
    expect(testcase('mes/purchased-list')).toContain('<failure type="prohibited"');
    expect(xml).toContain('<testsuites name="mailpolicy" tests="5" failures="3" errors="1">');
  });

  it('writes evidence and counts in the locale', () => {
    const v = { ...unsub, evidence: { 'complaintRate.percent': 0.3453, 'x.multiple': 3.1475, 'x.flag': true, 'x.day': '2026-01-05' } };
    const de = formatJunit({ ...report, violations: [v] }, { locale: 'de' });
    expect(de).toContain('complaintRate.percent=0,3453; x.multiple=3,1475; x.flag=ja; x.day=05.01.2026');
    expect(de).toContain('message="1 ungültiger Empfänger-Datensatz"');
    const en = formatJunit({ ...report, violations: [v] }, { locale: 'en' });
    expect(en).toContain('complaintRate.percent=0.3453; x.multiple=3.1475; x.flag=yes; x.day=5 Jan 2026');
    expect(en).toContain('message="1 invalid recipient record"');
  });

  it('escapes XML in messages', () => {
    expect(testcase('mes/purchased-list')).toContain('bob@example.org: bought &lt;&amp;&gt; &quot;list&quot;');
    expect(xml).not.toContain('<&>');
  });

  it('passes violations below failOn as system-out', () => {
    const strict = formatJunit(report, { rules, failOn: 'undesired' });
    expect(strict).toContain('failures="2"');
    expect(strict).toMatch(/name="mes\/volume-spike">\s*<system-out>/);
  });
});
