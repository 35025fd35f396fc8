import { writeFileSync, mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, fixture, runCli, type CliResult } from './built-cli.js';

let bin = '';
let cleanup = () => {};
beforeAll(async () => {
  ({ bin, cleanup } = await buildCli());
}, 120_000);
afterAll(() => cleanup());

const base = ['--now', '2026-11-28T10:00:00Z', '--sender-domain', 'shop.example', '--history', fixture('history.json')];
const check = (message: string, ...args: string[]): Promise<CliResult> => runCli(bin, ['check', fixture(message), ...base, ...args]);

describe('exit codes', () => {
  it('0 for a clean send, with recipients from CSV', async () => {
    const r = await check('clean-newsletter.json', '--recipients', fixture('recipients.csv'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('No violations found.');
    expect(r.stdout).toContain('Recipients: 2 send, 0 exclude, 0 invalid');
    expect(r.code).toBe(0);
  });

  it('1 for a violation at or above --fail-on (default undesired), 0 below it', async () => {
    const r = await check('no-unsubscribe.json');
    expect(r.stdout).toContain('mes/no-unsubscribe-link');
    expect(r.code).toBe(1);
    expect((await check('no-unsubscribe.json', '--fail-on', 'prohibited')).code).toBe(0);
  });

  it('1 for a prohibited recipient streamed from JSONL', async () => {
    const r = await check('clean-newsletter.json', '--recipients', fixture('recipients-bought.jsonl'), '--fail-on', 'prohibited');
    expect(r.stdout).toContain('cara@example.org');
    expect(r.stdout).toContain('mes/purchased-list');
    expect(r.code).toBe(1);
  });

  it('2 for bad usage, with a hint to --help', async () => {
    for (const args of [['check'], ['check', fixture('clean-newsletter.json'), '--format', 'xml'], ['frobnicate'], ['check', 'a.json', '--bogus']]) {
      const r = await runCli(bin, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('See: mailpolicy --help');
      expect(r.stdout).toBe('');
    }
  });

  it('2 for bad input, naming every bad field of message and history', async () => {
    const r = await runCli(bin, ['check', fixture('no-from.json'), '--history', fixture('history-bad.json')]);
    expect(r.code).toBe(2);
    for (const path of ['message.from', 'message.purpose', 'history.window.days', 'history.window.sent']) expect(r.stderr).toContain(`  ${path}: `);
    expect(r.stdout).toBe('');
  });

  it('2 for invalid recipient records, printing their paths after the report', async () => {
    const r = await check('clean-newsletter.json', '--recipients', fixture('recipients-invalid.csv'));
    expect(r.code).toBe(2);
    for (const path of ['recipients[1].address', 'recipients[1].consent.status', 'recipients[1].hardBounces']) expect(r.stderr).toContain(path);
    expect(r.stdout).toContain('Recipients: 1 send, 0 exclude, 1 invalid');
  });

  it('2 for a missing file, an unknown file type and a bad --now', async () => {
    expect((await runCli(bin, ['check', 'nope.eml'])).stderr).toMatch(/message: cannot read "nope.eml": no such file/);
    expect((await runCli(bin, ['check', fixture('history.json'), '--recipients', 'list.xlsx'])).code).toBe(2);
    const badNow = await runCli(bin, ['check', fixture('clean-newsletter.json'), '--now', 'yesterday']);
    expect(badNow.code).toBe(2);
    expect(badNow.stderr).toContain('now');
  });
});

describe('process edges (issue 15)', () => {
  it('stops quietly when the reader closes the pipe (EPIPE): exit 141, nothing on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailpolicy-'));
    try {
      const file = join(dir, 'many.csv');
      writeFileSync(file, `address,source\n${Array.from({ length: 50_000 }, (_, i) => `u${i}@example.org,purchased`).join('\n')}\n`);
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        // --verbose: every recipient's violations, so the output is far larger than a pipe's buffer.
        const child = spawn(process.execPath, [bin, 'check', fixture('clean-newsletter.json'), ...base, '--recipients', file, '--verbose'], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        // `| head -1`: read one chunk, then close our end.
        child.stdout.once('data', () => child.stdout.destroy());
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr }));
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(141);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a message file over 30,000,000 bytes as bad input (exit 2) before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailpolicy-'));
    try {
      // A sparse file: its size is past the cap without writing 30 MB.
      const big = join(dir, 'big.eml');
      writeFileSync(big, 'From: a@shop.example\r\nSubject: x\r\n\r\n');
      truncateSync(big, 30_000_001);
      const r = await runCli(bin, ['check', big, ...base]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('has 30000001 bytes, more than the 30000000 bytes');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 3 for an internal error, distinct from bad input (2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailpolicy-'));
    try {
      // A fault injected into the process: the CLI's own bug, not the user's input.
      const breaker = join(dir, 'breaker.cjs');
      writeFileSync(
        breaker,
        "const s = JSON.stringify; JSON.stringify = function (v, ...a) { if (v && typeof v === 'object' && 'escalation' in v) throw new Error('injected fault'); return s.call(this, v, ...a); };\n",
      );
      const r = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--require', breaker, bin, 'check', fixture('no-unsubscribe.json'), ...base, '--format', 'json'], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr }));
      });
      expect(r.stderr).toContain('internal error');
      expect(r.stderr).toContain('injected fault');
      expect(r.code).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('formats', () => {
  it('json prints the Report', async () => {
    const r = await check('no-unsubscribe.json', '--format', 'json', '--recipients', fixture('recipients.csv'));
    const report = JSON.parse(r.stdout);
    expect(report.checkedAt).toBe('2026-11-28T10:00:00.000Z');
    expect(report.violations.map((v: { ruleId: string }) => v.ruleId)).toContain('mes/no-unsubscribe-link');
    expect(report.recipients.map((x: { address: string }) => x.address)).toEqual(['anna@example.org', 'ben@example.org']);
    expect(r.code).toBe(1);
  });

  it('sarif lists the rules and gives each violation a level', async () => {
    const r = await check('no-unsubscribe.json', '--format', 'sarif');
    const run = JSON.parse(r.stdout).runs[0];
    const ids = run.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ids).toContain('mes/no-unsubscribe-link');
    expect(ids).toContain('mes/purchased-list');
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'mes/no-unsubscribe-link');
    expect(result.level).toBe('warning');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(fixture('no-unsubscribe.json')); // relative: a relative URI reference
    expect(r.code).toBe(1);
  });

  it('junit has a testcase per rule, failing for the broken one', async () => {
    const r = await check('no-unsubscribe.json', '--format', 'junit');
    const rules = JSON.parse((await runCli(bin, ['rules', '--format', 'json'])).stdout) as { id: string }[];
    expect(r.stdout.match(/<testcase /g)?.length).toBe(rules.length);
    expect(r.stdout).toMatch(/name="mes\/no-unsubscribe-link">\s*<failure type="undesired"/);
    expect(r.stdout).toMatch(/name="mes\/purchased-list"\/>/);
    expect(r.code).toBe(1);
  });

  it('stylish speaks German with --locale de or LANG=de, without colour off a terminal', async () => {
    const r = await check('no-unsubscribe.json', '--locale', 'de');
    expect(r.stdout).toContain('Die Email enthält keinen Abmeldelink im Text.');
    expect(r.stdout).toContain('unerwünscht');
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const env = await runCli(bin, ['check', fixture('no-unsubscribe.json'), ...base], { LANG: 'de_DE.UTF-8' });
    expect(env.stdout).toContain('Ergebnis');
    expect((await check('no-unsubscribe.json', '--color')).stdout).toMatch(/\u001b\[33m/);
  });

  it("--explain prints each violation's condition trace under it", async () => {
    const r = await check('no-unsubscribe.json', '--explain');
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('mes/no-unsubscribe-link'));
    expect(lines[at + 1]?.trim()).toBe('✓ all of: passed');
    expect(lines[at + 2]?.trim()).toBe('✓ unsubscribe.inBody equal false → actual false: passed');
    const de = (await check('no-unsubscribe.json', '--explain', '--locale', 'de')).stdout;
    expect(de).toContain('✓ unsubscribe.inBody equal false → Ist false: erfüllt');
  });
});

describe('other commands', () => {
  it('rules lists every rule with clause and severity', async () => {
    const r = await runCli(bin, ['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/mes\/purchased-list\s+P1\s+prohibited\s+recipient/);
    expect((await runCli(bin, ['rules', '--locale', 'de'])).stdout).toMatch(/mes\/purchased-list\s+P1\s+verboten/);
  });

  it('--help in both languages, --version from package.json', async () => {
    const en = await runCli(bin, ['--help']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Usage: mailpolicy');
    expect((await runCli(bin, ['--help', '--locale', 'de'])).stdout).toContain('Aufruf: mailpolicy');
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect((await runCli(bin, ['--version'])).stdout.trim()).toBe(version);
  });
});

describe('unknown CSV columns (issue 14.1)', () => {
  it('exit 2 for a column that is no Recipient field; --ignore-column leaves it out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailpolicy-'));
    try {
      const file = join(dir, 'typo.csv');
      writeFileSync(file, 'address,consent.status,consent.method,unsubscribed_at\nanna@example.org,confirmed,double-opt-in,2026-11-01\n');
      const bad = await check('clean-newsletter.json', '--recipients', file);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('did you mean "unsubscribedAt"?');
      const ignored = await check('clean-newsletter.json', '--recipients', file, '--ignore-column', 'unsubscribed_at', '--format', 'json');
      expect(ignored.code).not.toBe(2);
      expect(JSON.parse(ignored.stdout).recipients).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('large recipient files', () => {
  it('streams 20,000 CSV rows without holding them as text, verdict per row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailpolicy-'));
    try {
      const file = join(dir, 'big.csv');
      const rows = ['address,source,consent.status,consent.method,consent.confirmedAt,consent.topics,lastOpenAt'];
      for (let i = 0; i < 20_000; i++) {
        rows.push(`u${i}@example.org,${i % 1000 === 7 ? 'purchased' : 'signup-form'},confirmed,double-opt-in,2026-01-10T09:00:00Z,angebote,2026-11-20T08:00:00Z`);
      }
      writeFileSync(file, `${rows.join('\n')}\n`);
      const r = await check('clean-newsletter.json', '--recipients', file, '--format', 'json');
      const report = JSON.parse(r.stdout);
      expect(report.recipients).toHaveLength(20_000);
      expect(report.recipients.filter((x: { verdict: string }) => x.verdict === 'exclude')).toHaveLength(20);
      expect(r.stderr).toBe(''); // no progress line off a terminal
      expect(r.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
