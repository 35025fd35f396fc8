// The CLI with packs and configuration (issue 17 item 6): --pack DIR|MODULE, --config FILE (or a
// mailpolicy.config.* found in the working directory), --rule ID:off|on|SEVERITY. Run in process
// (src/cli/main.ts, the code the bin runs), in a scratch working directory.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { createPolicy, formatReport } from '../../src/index.js';
import { loadPack } from '../../src/node/index.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const NOW = ['--now', '2026-11-28T10:00:00Z', '--sender-domain', 'shop.example'];

let cwd = '';
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'mailpolicy-cli-config-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

const cli = async (...args: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: { LANG: 'en_US.UTF-8' }, cwd });
  return { code, stdout, stderr };
};
const json = async (...args: string[]) => {
  const r = await cli('check', join(fixtures, 'no-unsubscribe.json'), ...NOW, '--format', 'json', ...args);
  return { ...r, ids: r.stdout ? (JSON.parse(r.stdout) as { violations: { ruleId: string; severity: string }[] }).violations.map((v) => `${v.ruleId}:${v.severity}`) : [] };
};

/** A one-rule JSON pack folder: an HTML body over `max` bytes (undesired). */
const writePack = (dir: string, max = 10) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pack.json'), JSON.stringify({ name: 'subjects', version: '1.0.0', announcedAt: '2026-01-01', language: 'en', clauses: [{ id: 'S-1', heading: { en: 'Subjects are short' } }], rules: ['long-subject'] }));
  writeFileSync(
    join(dir, 'long-subject.json'),
    JSON.stringify({
      id: 'subjects/long-subject',
      clause: 'S-1',
      scope: 'message',
      severity: 'undesired',
      description: { de: 'Langer Betreff', en: 'Long subject' },
      fix: { de: 'Kürzen.', en: 'Shorten it.' },
      options: { max: { default: max, description: 'longest subject', source: 'house style' } },
      messages: { de: 'HTML über {options.max} Bytes.', en: 'HTML over {options.max} bytes.' },
      conditions: { all: [{ fact: 'htmlBytes', operator: 'greaterThan', value: { fact: 'options', path: '$.max' } }] },
      examples: { violating: [{ name: 'long', message: { html: '<p>A very long body</p>' } }], compliant: [{ name: 'short', message: { text: 'Short' } }] },
    }),
  );
};

describe('--pack', () => {
  it('checks against a pack folder instead of the default pack', async () => {
    writePack(join(cwd, 'my-pack'));
    const r = await json('--pack', 'my-pack');
    expect(r.stderr).toBe('');
    expect(r.ids).toEqual(['subjects/long-subject:undesired']);
    expect(r.code).toBe(1);
  });

  it('keeps the built-in pack when named, beside a pack module', async () => {
    writeFileSync(
      join(cwd, 'pack.mjs'),
      `export default { name: 'mod', version: '1.0.0', announcedAt: '2026-01-01', clauses: [{ id: 'M1', heading: { en: 'Module clause' } }],
  facts: { subjectWords: { scope: 'message', compute: (ctx) => ctx.message.subject.split(' ').length } },
  rules: [{ id: 'mod/words', clause: 'M1', scope: 'message', severity: 'advisory', description: { de: 'W', en: 'W' }, fix: { de: 'f', en: 'f' },
    messages: { de: '{subjectWords} Wörter', en: '{subjectWords} words' }, conditions: { all: [{ fact: 'subjectWords', operator: 'greaterThan', value: 2 }] },
    examples: { violating: [{ name: 'v' }], compliant: [{ name: 'c' }] } }] };\n`,
    );
    const r = await json('--pack', 'managed-email-server', '--pack', './pack.mjs');
    expect(r.ids).toContain('mes/no-unsubscribe-link:undesired');
    expect(r.ids).toContain('mod/words:advisory');
  });

  it('names what it could not find, exit 2', async () => {
    const r = await cli('check', join(fixtures, 'no-unsubscribe.json'), '--pack', 'no-such-pack');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--pack no-such-pack: no pack folder, built-in pack (managed-email-server, bulk-sender, german-law), file or package of that name');
  });

  it('reports a broken pack with file, line and column, exit 2', async () => {
    const r = await cli('check', join(fixtures, 'no-unsubscribe.json'), '--pack', join(fixtures, 'bad-pack'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Bad rule pack or configuration');
    expect(r.stderr).toMatch(/unsubscribe-link\.json:3:3 \/clause: unknown-clause: /);
  });
});

describe('--config and mailpolicy.config.*', () => {
  it('takes packs (as folders), rules, locale and account from mailpolicy.config.json in the working directory', async () => {
    writePack(join(cwd, 'packs/subjects'), 50);
    writeFileSync(
      join(cwd, 'mailpolicy.config.json'),
      JSON.stringify({ packs: ['managed-email-server', { pack: './packs/subjects', use: 'all' }], rules: { 'subjects/long-subject': { options: { max: 5 } }, 'mes/no-unsubscribe-link': 'advisory' }, locale: 'de' }),
    );
    const r = await json();
    expect(r.ids).toContain('mes/no-unsubscribe-link:advisory');
    expect(r.ids).toContain('subjects/long-subject:undesired');
    expect(r.stdout).toContain('HTML über 5 Bytes.');
  });

  it('--config names a .mjs file; --rule and --locale on the command line win over it', async () => {
    writePack(join(cwd, 'subjects'));
    mkdirSync(join(cwd, 'conf'));
    writeFileSync(join(cwd, 'conf/policy.mjs'), `export default { packs: ['../subjects', 'managed-email-server'], rules: { 'subjects/long-subject': 'advisory' }, locale: 'de' };\n`);
    const r = await json('--config', 'conf/policy.mjs', '--rule', 'subjects/long-subject:prohibited', '--rule', 'mes/no-unsubscribe-link:off', '--locale', 'en');
    expect(r.ids).toContain('subjects/long-subject:prohibited');
    expect(r.ids).not.toContain('mes/no-unsubscribe-link:undesired');
    expect(r.stdout).toContain('HTML over 10 bytes.');
  });

  it('rules lists the configured packs', async () => {
    writePack(join(cwd, 'subjects'));
    const r = await cli('rules', '--pack', 'subjects', '--format', 'json');
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ id: 'subjects/long-subject', clause: 'S-1' })]);
  });
});

describe('--rule', () => {
  it('switches rules off, on and to another severity', async () => {
    const base = await json();
    expect(base.ids).toContain('mes/no-unsubscribe-link:undesired');
    const r = await json('--rule', 'mes/no-unsubscribe-link:off', '--rule', 'mes/no-imprint:advisory');
    expect(r.ids).not.toContain('mes/no-unsubscribe-link:undesired');
  });

  it('an unknown rule id is a configuration error naming it; a bad form is bad usage', async () => {
    const r = await json('--rule', 'mes/no-unsubscribe-lnk:off');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/rules/mes~1no-unsubscribe-lnk: unknown-rule');
    const bad = await cli('check', join(fixtures, 'no-unsubscribe.json'), '--rule', 'mes/no-imprint=off');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--rule takes ID:off, ID:on or ID:SEVERITY');
  });
});

describe('a pack announced after the check day', () => {
  // S8: a pack governs from its announcement; checked earlier, its rules are not applied, and a
  // clean report must not pass for a check against it.
  it('is named as not applied in the stylish output, from the CLI and from formatReport', async () => {
    const dir = join(cwd, 'later');
    writePack(dir);
    const manifest = join(dir, 'pack.json');
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
    writeFileSync(manifest, JSON.stringify({ ...m, announcedAt: '2026-12-01' }));
    const r = await cli('check', join(fixtures, 'no-unsubscribe.json'), ...NOW, '--pack', dir, '--no-color');
    expect(r.stdout).toContain("Pack subjects 1.0.0 not applied: announced on 2026-12-01, after the check's day 2026-11-28.");
    const de = await cli('check', join(fixtures, 'no-unsubscribe.json'), ...NOW, '--pack', dir, '--no-color', '--locale', 'de');
    expect(de.stdout).toContain('Regelpaket subjects 1.0.0 nicht angewandt: angekündigt am 2026-12-01, nach dem Prüftag 2026-11-28.');
    const later = await cli('check', join(fixtures, 'no-unsubscribe.json'), '--now', '2026-12-02T10:00:00Z', '--pack', dir, '--no-color');
    expect(later.stdout).not.toContain('not applied');
    const report = await createPolicy({ packs: [await loadPack(dir)], now: '2026-11-28T10:00:00Z' }).check({ message: { from: '"A" <a@shop.example>', subject: 'x', html: '<p>x</p>' } });
    expect(formatReport(report, 'stylish', { locale: 'en' })).toContain('Pack subjects 1.0.0 not applied');
  });
});
