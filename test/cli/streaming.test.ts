// Issue 15, items 2 and 7: the CLI streams recipients (no 100,000 cap, verdicts written as they
// come, the same sanction as check()), and its edges: missing or folder --recipients is bad
// input, control characters are escaped, SARIF URIs encoded, a ragged CSV row is one invalid
// record and the run goes on, "0x10" is no number. Run in process through `run` (the bin's own
// code path); EPIPE and the internal-error exit code with the built bin in cli.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { createPolicy, formatJunit, formatStylish, type Report } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'mailpolicy-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixtures = join(import.meta.dirname, 'fixtures');
const NOW = '2026-11-28T10:00:00Z';

const file = (name: string, text: string) => {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return p;
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  writes: number;
}
const cli = async (...args: string[]): Promise<Run> => {
  let stdout = '';
  let stderr = '';
  let writes = 0;
  const code = await run(
    args,
    {
      stdout: { write: (s: string) => ((stdout += s), writes++, true), isTTY: false },
      stderr: { write: (s: string) => (stderr += s), isTTY: false },
      env: { LANG: 'en_US.UTF-8' },
    },
    '9.9.9',
  );
  return { code, stdout, stderr, writes };
};
const check = (recipients: string, ...more: string[]) =>
  cli('check', join(fixtures, 'clean-newsletter.json'), '--now', NOW, '--sender-domain', 'shop.example', '--history', join(fixtures, 'history.json'), '--recipients', recipients, ...more);

const HEADER = 'address,source,consent.status,consent.method,consent.confirmedAt,consent.requestedAt,lastOpenAt,hardBounces,unsubscribedAt';
const row = (i: number): string => {
  const kind = i % 7;
  const source = kind === 1 ? 'purchased' : 'signup-form';
  const status = kind === 2 ? 'pending' : 'confirmed';
  const unsub = kind === 3 ? '2026-11-20T00:00:00Z' : '';
  const bounces = kind === 4 ? '2' : '0';
  return `u${i}@example.org,${source},${status},double-opt-in,${status === 'confirmed' ? '2026-01-10T09:00:00Z' : ''},2026-01-09T09:00:00Z,2026-11-20T08:00:00Z,${bounces},${unsub}`;
};
const csv = (name: string, n: number, extra: string[] = []) => file(name, `${[HEADER, ...Array.from({ length: n }, (_, i) => row(i)), ...extra].join('\n')}\n`);

describe('streaming check', () => {
  it('gives the verdicts, counts and sanction check() gives for the same records', async () => {
    const path = csv('mixed.csv', 700);
    const r = await check(path, '--format', 'json');
    const streamed = JSON.parse(r.stdout) as Report & { counts: { recipients: Record<string, number>; violations: Record<string, number> } };
    const policy = createPolicy({ now: NOW, locale: 'en', account: { senderDomains: ['shop.example'] } });
    const records: unknown[] = [];
    for await (const x of (await import('../../src/cli/recipients/index.js')).readRecipients(path, () => {})) records.push(x);
    const message = JSON.parse(readFileSync(join(fixtures, 'clean-newsletter.json'), 'utf8'));
    const history = JSON.parse(readFileSync(join(fixtures, 'history.json'), 'utf8'));
    const report = await policy.check({ message, history, recipients: records as never });
    expect(streamed.recipients).toEqual(JSON.parse(JSON.stringify(report.recipients)));
    expect(streamed.sanction).toEqual(report.sanction);
    expect(streamed.interventions).toEqual(JSON.parse(JSON.stringify(report.interventions)));
    expect(streamed.violations).toEqual(JSON.parse(JSON.stringify(report.violations.filter((v) => v.scope !== 'recipient'))));
    expect(Object.values(streamed.counts.violations).reduce((a, b) => a + b, 0)).toBe(report.violations.length);
    expect(report.sanction.reasons.join(' ')).toMatch(/\d+×/); // counts per rule reach the reasons
    expect(r.code).toBe(1);
  });

  it('checks more than the library’s 100,000-recipient cap, writing as it goes', async () => {
    const n = 100_001;
    const path = file('big.csv', `address\n${Array.from({ length: n }, (_, i) => `u${i}@example.org`).join('\n')}\n`);
    const r = await check(path, '--format', 'json');
    expect(r.stderr).not.toMatch(/maxRecipients|more than 100000/);
    const out = JSON.parse(r.stdout) as { recipients: unknown[]; counts: { recipients: Record<string, number> } };
    expect(out.recipients).toHaveLength(n);
    expect(Object.values(out.counts.recipients).reduce((a, b) => a + b, 0)).toBe(n);
    // Written in chunks while the records streamed, not as one string at the end.
    expect(r.writes).toBeGreaterThan(20);
  }, 300_000);
});

describe('CLI edges', () => {
  it('a missing or folder --recipients is bad input (exit 2) with a clear message, no stack', async () => {
    for (const [path, why] of [[join(dir, 'nope.csv'), 'no such file'], [mkdtempSync(join(dir, 'folder-')) + '.csv', 'no such file']] as const) {
      const r = await check(path);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(why);
      expect(r.stderr).not.toMatch(/internal error|\bat .*\.ts:\d+/);
    }
    const folder = join(dir, 'a-folder.csv');
    mkdirSync(folder);
    const r = await check(folder);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('it is a folder, not a file');
    const de = await cli('check', join(fixtures, 'clean-newsletter.json'), '--recipients', folder, '--locale', 'de');
    expect(de.stderr).toContain('das ist ein Ordner, keine Datei');
  });

  it('escapes control characters from a CSV in stylish and junit output', async () => {
    const path = file('esc.csv', 'address,source\n"a\u001b[2J\u001b]0;pwned\u0007@example.org",signup-form\nb\u009b31m@example.org,purchased\n');
    for (const format of ['stylish', 'junit']) {
      const r = await check(path, '--format', format);
      expect(r.stdout + r.stderr, format).not.toMatch(/[\u001b\u0007\u009b]/);
      // Strict addresses refuse the first record; the second still reaches the output, escaped.
      expect(r.stdout + r.stderr, format).toMatch(/\\u00(1b|9b)/);
    }
    const report = { ...(await createPolicy({ now: NOW }).check({ message: { from: 'a@shop.example', subject: 'x' } })) };
    const v = { ...report.violations[0]!, message: 'x\u001b[31my', messages: { de: 'x\u001b[31my', en: 'x\u001b[31my' } };
    const evil = { ...report, violations: [v] } as Report;
    expect(formatStylish(evil)).not.toContain('\u001b');
    expect(formatJunit(evil)).not.toContain('\u001b');
  });

  it('encodes SARIF artifactLocation.uri', async () => {
    const path = file('my list #1 ü.csv', `address,source\nb@example.org,purchased\n`);
    const r = await check(path, '--format', 'sarif');
    const results = JSON.parse(r.stdout).runs[0].results as { locations: { physicalLocation?: { artifactLocation: { uri: string } } }[] }[];
    const uris = results.map((x) => x.locations[0]!.physicalLocation?.artifactLocation.uri).filter(Boolean);
    expect(uris.length).toBeGreaterThan(0);
    expect(uris).toContain(`file://${path.split('/').map(encodeURIComponent).join('/')}`);
    for (const uri of uris) expect(uri).not.toMatch(/[ #]/);
  });

  it('a ragged CSV row is one invalid record naming its line, and the run goes on', async () => {
    const path = file('ragged.csv', 'address,source\na@example.org,signup-form\nb@example.org,signup-form,extra,cells\nc@example.org,purchased\n');
    const r = await check(path, '--format', 'json');
    const out = JSON.parse(r.stdout) as Report;
    expect(out.recipients.map((x) => x.verdict)).toEqual(['exclude', 'invalid', 'exclude']);
    expect(out.recipients.map((x) => x.address)).toEqual(['a@example.org', '', 'c@example.org']);
    expect(out.recipients[1]!.issues![0]!.message).toContain('line 3');
    expect(r.stderr).toContain('line 3');
    expect(r.code).toBe(2);
  });

  it('reads a cell "0x10" as text, not 16', async () => {
    const { rowToRecipient, isDecimal } = await import('../../src/cli/recipients/coerce.js');
    expect(rowToRecipient(['address', 'hardBounces'], ['a@example.org', '0x10'])).toEqual({ address: 'a@example.org', hardBounces: '0x10' });
    for (const s of ['0x10', '0b11', '0o7', 'Infinity', '1e', '', '.', '--1', '1.2.3']) expect(isDecimal(s), s).toBe(false);
    for (const s of ['0', '16', '-3', '+2', '0.25', '.5', '1e3', '2E-2']) expect(isDecimal(s), s).toBe(true);
    const path = file('hex.csv', 'address,hardBounces\na@example.org,0x10\n');
    const out = JSON.parse((await check(path, '--format', 'json')).stdout) as Report;
    expect(out.recipients[0]!.verdict).toBe('invalid');
  });
});
