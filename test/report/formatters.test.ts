import { describe, expect, it } from 'vitest';
import { formatJson, formatJunit, formatReport, formatSarif, formatStylish } from '../../src/index.js';
import { cleanReport, report, rules } from './fixture.js';

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
    expect(out).toContain('Verdict: fix first · Suggested sanction: rate-limit');
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

  it('adds a descriptor for a violation whose rule was not listed', () => {
    const r = JSON.parse(formatSarif(report)).runs[0];
    expect(r.tool.driver.rules.map((d: { id: string }) => d.id)).toEqual(['mes/no-unsubscribe-link', 'mes/volume-spike', 'mes/purchased-list']);
  });
});

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
