import { describe, expect, it } from 'vitest';
import { demoFooter, parseArgs, runDemo } from '../../scripts/demo.js';

describe('npm run demo', () => {
  it('checks the shipped advent campaign: all three severities, every recipient judged in order', async () => {
    const [run] = await runDemo({ scenarios: ['01-advent-newsletter'] });
    const { report, text, scenario } = run!;
    expect(new Set(report.violations.map((v) => v.severity))).toEqual(new Set(['prohibited', 'undesired', 'advisory']));
    expect(report.recipients).toHaveLength(scenario.recipients.length);
    expect(report.recipients.length).toBeGreaterThanOrEqual(20);
    const verdicts = Object.fromEntries(report.recipients.map((r) => [r.address || `#${r.index}`, r.verdict]));
    expect(verdicts).toMatchObject({
      'anna.schmidt@example.de': 'send',
      'nina.klein@example.de': 'exclude', // existing customer without opt-in: P2, the policy knows no UWG § 7(3) exemption
      'sophie.wagner@example.de': 'exclude', // inactive for 8 months
      'marie.hoffmann@example.de': 'exclude', // pending opt-in
      'felix.schulz@example.net': 'exclude', // bought list
      'xkqzvbtrwpl@example.com': 'exclude', // bot sign-up
      '#12': 'invalid', // no address
      'laura.koch@example.de': 'invalid', // a date that is no date
    });
    // German by default, grouped by severity with the policy's headings.
    expect(text).toMatch(/VERBOTEN[\s\S]*UNERWÜNSCHT[\s\S]*HINWEIS/);
    expect(text).toContain('Nutzung gekaufter oder von Dritten bereitgestellter Email-Listen');
    expect(text).toMatch(/Empfänger: 21 · \d+ senden · \d+ ausschließen · 2 ungültig/);
  });

  it('shows monitoring and the sanction ladder: a complaint spike after a formal warning', async () => {
    const [run] = await runDemo({ scenarios: ['02-black-friday-after-warning'] });
    const { report, text } = run!;
    const fired = new Set(report.violations.map((v) => v.ruleId));
    for (const id of ['mes/complaint-rate-over-limit', 'mes/blocklisted-major-list', 'mes/volume-spike', 'mes/spam-score']) expect(fired).toContain(id);
    expect(report.verdict).toBe('hold');
    expect(report.recipients.every((r) => r.verdict !== 'send')).toBe(true);
    // The complaint spike is monitoring (undesired, the campaign paused); the prohibited breaches
    // are recipient-level and those recipients are excluded: nothing prohibited goes out, so the
    // warning on record does not lead to termination (S6).
    expect(report.violations.find((v) => v.ruleId === 'mes/complaint-rate-over-limit')?.severity).toBe('undesired');
    expect(report.sanction.kind).toBe('warning');
    expect(report.sanction.actions).not.toContain('termination-eligible');
    expect(report.sanction.actions).toEqual(expect.arrayContaining(['pause-campaign', 'rotate-ip', 'warning']));
    expect(text).toContain('Empfohlene Maßnahme: Abmahnung');
    expect(text).toContain('Zweck: Newsletter');
    expect(text).toContain('Die Abmahnung vom 2026-10-21 führt nicht zur Kündigung');
  });

  it('prints English with --locale en', async () => {
    const [run] = await runDemo({ locale: 'en', scenarios: ['01-advent-newsletter'] });
    expect(run!.text).toMatch(/PROHIBITED[\s\S]*UNDESIRED[\s\S]*ADVISORY/);
    expect(run!.text).toContain('The recipient comes from a forbidden source (bought list).');
  });

  it('ends with how to switch the language and what to try next, in its language', () => {
    expect(demoFooter('de')).toContain('npm run demo -- --locale en');
    expect(demoFooter('de')).toContain('Als Nächstes:');
    expect(demoFooter('en')).toContain('npm run demo -- --locale de');
    expect(demoFooter('en')).toContain('What to try next:');
    for (const l of ['de', 'en'] as const) expect(demoFooter(l)).toContain('npx mailpolicy check');
  });

  it('reads --locale and --scenario, and refuses anything else', () => {
    expect(parseArgs(['--locale', 'en', '--scenario=01-advent-newsletter'])).toEqual({ locale: 'en', scenarios: ['01-advent-newsletter'] });
    expect(parseArgs([], { LANG: 'de_DE.UTF-8' })).toEqual({ locale: 'de', scenarios: [] });
    expect(parseArgs([], { LANG: 'en_US.UTF-8' })).toEqual({ locale: 'en', scenarios: [] });
    expect(parseArgs([], { LANG: 'en_US.UTF-8', LC_ALL: 'de_AT.UTF-8' })).toEqual({ locale: 'de', scenarios: [] });
    expect(parseArgs(['--locale', 'de'], { LANG: 'C' })).toEqual({ locale: 'de', scenarios: [] });
    expect(() => parseArgs(['--locale', 'fr'])).toThrow(/--locale/);
    expect(() => parseArgs(['--verbose'])).toThrow(/unknown argument/);
  });
});
