// The check command as ESLint users expect it (issue 20 item 1): files and globs, header-less
// bodies, --quiet, --max-warnings, --output-file, grouped output, CSV lines, --map, did-you-mean.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, fixture, runCli } from './built-cli.js';

let bin = '';
let cleanup = () => {};
const dir = mkdtempSync(join(tmpdir(), 'mailpolicy-cli-'));
beforeAll(async () => {
  ({ bin, cleanup } = await buildCli());
}, 120_000);
afterAll(() => {
  cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const now = ['--now', '2026-11-28T10:00:00Z', '--sender-domain', 'shop.example'];
const corpusGlob = 'test/corpus/mail/mp-*.eml';

/** A CRM export: `E-Mail` instead of `address`, `;`-separated, rows 5 and 7 broken by source and consent, one ragged row. */
const crmCsv = (rows: number, ragged: number): string => {
  const lines = ['E-Mail;name;consent.status;source'];
  for (let i = 0; i < rows; i++) lines.push(`kunde${i}@example.org;Kunde ${i};${i % 53 === 7 ? 'none' : 'confirmed'};${i % 97 === 5 ? 'purchased' : 'signup-form'}`);
  lines[ragged] = 'ragged@example.org;Ragged;confirmed';
  const file = join(dir, `crm-${rows}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};

describe('files and globs', () => {
  it('checks every file a glob matches, one report each and a closing count', async () => {
    const r = await runCli(bin, ['check', corpusGlob, ...now]);
    expect(r.stderr).toBe('');
    const headings = r.stdout.split('\n').filter((l) => /^test\/corpus\/mail\/mp-.*\.eml$/.test(l));
    expect(headings).toHaveLength(8);
    expect(r.stdout).toMatch(/8 messages checked, \d with violations at or above --fail-on\n$/);
    expect(r.code).toBe(1);
  });

  it('puts several reports in one document: a JSON array, one SARIF log with a run each', async () => {
    const json = JSON.parse((await runCli(bin, ['check', corpusGlob, 'test/corpus/mail/mp-*.eml', '--format', 'json', ...now])).stdout) as unknown[];
    expect(json).toHaveLength(8); // the same file twice counts once
    const sarif = JSON.parse((await runCli(bin, ['check', corpusGlob, '--format', 'sarif', ...now])).stdout) as { runs: { artifacts?: unknown; results: { locations: { physicalLocation?: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.runs).toHaveLength(8);
    const junit = (await runCli(bin, ['check', corpusGlob, '--format', 'junit', ...now])).stdout;
    expect(junit.match(/<testsuite /g)).toHaveLength(8);
    expect(junit.match(/<testsuites /g)).toHaveLength(1);
  });

  it('a glob that matches nothing is bad input (exit 2)', async () => {
    const r = await runCli(bin, ['check', 'test/corpus/mail/*.nothing']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no file matches "test/corpus/mail/*.nothing"');
  });
});

describe('header-less bodies', () => {
  it('checks an .html template with --from, --subject and --purpose', async () => {
    const r = await runCli(bin, ['check', 'test/corpus/mail/cerberus-hybrid.html', '--from', '"Shop" <news@shop.example>', '--subject', 'News', '--purpose', 'newsletter', '--format', 'json', ...now]);
    const report = JSON.parse(r.stdout) as { purpose: string; violations: { ruleId: string }[] };
    expect(report.purpose).toBe('newsletter');
    expect(report.violations.map((v) => v.ruleId)).not.toContain('mes/missing-purpose');
  });

  it('checks a .txt body, and asks for --from when it is missing (exit 2, in German too)', async () => {
    const txt = join(dir, 'body.txt');
    writeFileSync(txt, 'Hallo! Abmelden: https://shop.example/unsubscribe\n');
    const ok = await runCli(bin, ['check', txt, '--from', 'news@shop.example', '--subject', 'Hallo', '--format', 'json', ...now]);
    expect(JSON.parse(ok.stdout)).toHaveProperty('verdict');
    const missing = await runCli(bin, ['check', txt, '--locale', 'de']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('message.from: eine .txt-Datei hat keinen Header: den Absender mit --from angeben');
  });
});

describe('what is printed and what fails', () => {
  it('--quiet prints only violations at or above --fail-on; the counts still hold all', async () => {
    const loud = (await runCli(bin, ['check', fixture('no-unsubscribe.json'), ...now])).stdout;
    const quiet = await runCli(bin, ['check', fixture('no-unsubscribe.json'), '--quiet', '--fail-on', 'prohibited', ...now]);
    expect(loud).toContain('⚠ undesired');
    expect(quiet.stdout).not.toContain('⚠ undesired');
    expect(quiet.stdout).toMatch(/\d+ problems? \(/);
    expect(quiet.code).toBe(0);
  });

  it('--max-warnings N fails a run with more violations below --fail-on than N', async () => {
    const args = ['check', fixture('no-unsubscribe.json'), '--fail-on', 'prohibited', ...now];
    expect((await runCli(bin, [...args, '--max-warnings', '100'])).code).toBe(0);
    const r = await runCli(bin, [...args, '--max-warnings', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mailpolicy: \d+ violations below --fail-on, more than --max-warnings 0 allows/);
    expect((await runCli(bin, [...args, '--max-warnings', 'some'])).code).toBe(2);
  });

  it('--output-file writes the report there, nothing to stdout', async () => {
    const file = join(dir, 'report.sarif');
    const r = await runCli(bin, ['check', fixture('no-unsubscribe.json'), '--format', 'sarif', '--output-file', file, ...now]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('version', '2.1.0');
    expect((await runCli(bin, ['check', fixture('no-unsubscribe.json'), '-o', join(dir, 'no/such/dir/x')])).code).toBe(2);
  });

  it('suggests the option, command and value meant', async () => {
    const cases: [string[], string][] = [
      [['check', 'a.eml', '--quite'], 'unknown option "--quite"; did you mean "--quiet"?'],
      [['check', 'a.eml', '--max-warning', '3'], 'did you mean "--max-warnings"?'],
      [['chek', 'a.eml'], 'unknown command "chek"; did you mean "check"?'],
      [['check', 'a.eml', '--format', 'sarfi'], 'did you mean "sarif"?'],
    ];
    for (const [args, hint] of cases) {
      const r = await runCli(bin, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(hint);
      expect(r.stderr).not.toContain('To specify a positional argument');
    }
  });
});

describe('a CRM export of 1,000 recipients', () => {
  it('reads E-Mail as address with a note, groups by rule, names the ragged row by its line', async () => {
    const csv = crmCsv(1000, 734);
    const r = await runCli(bin, ['check', fixture('clean-newsletter.json'), '--recipients', csv, ...now, '--locale', 'de']);
    expect(r.code).toBe(2); // the ragged row is an invalid record
    expect(r.stderr).toContain('die Spalte "E-Mail" wird als address gelesen');
    expect(r.stderr).toContain(`${csv}:735: recipients[733]: Zeile 735 von ${csv} hat 3 Zellen, die Kopfzeile 4 Spalten`);
    expect(r.stderr).toContain('mailpolicy: 1 ungültiger Empfänger-Datensatz');
    // 30 recipients break a rule: the first 20 are shown with their line, the rest counted.
    expect(r.stdout).toContain('kunde5@example.org  (Zeile 7)');
    expect(r.stdout.match(/^ {2}kunde\d+@example\.org {2}\(Zeile \d+\)$/gm)).toHaveLength(20);
    expect(r.stdout).toContain('… und 10 weitere Empfänger mit Verstößen (alle zeigt --verbose)');
    expect(r.stdout).toMatch(/mes\/purchased-list +P1 +11\n/);
    expect(r.stdout).toContain('Empfänger: 969 versenden, 30 ausschließen, 1 ungültig');
    const verbose = await runCli(bin, ['check', fixture('clean-newsletter.json'), '--recipients', csv, ...now, '--verbose']);
    expect(verbose.stdout.match(/^ {2}kunde\d+@example\.org {2}\(line \d+\)$/gm)).toHaveLength(30);
  });

  it('gives SARIF results of a row its line as region', async () => {
    const csv = crmCsv(100, 50);
    const r = await runCli(bin, ['check', fixture('clean-newsletter.json'), '--recipients', csv, '--format', 'sarif', ...now]);
    const results = (JSON.parse(r.stdout) as { runs: { results: { properties: { recipient?: string }; locations: { physicalLocation?: { region?: { startLine: number } } }[] }[] }[] }).runs[0]!.results;
    const purchased = results.find((x) => x.properties.recipient === 'kunde5@example.org')!;
    expect(purchased.locations[0]!.physicalLocation!.region).toEqual({ startLine: 7 });
  });

  it('gives a sender violation of an .eml the line of its From header as region; stylish ends with the rules\' docs', async () => {
    const eml = 'test/corpus/mail/flanker-arf-yahoo.eml';
    const sarif = JSON.parse((await runCli(bin, ['check', eml, '--format', 'sarif', ...now])).stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation?: { region?: { startLine: number } } }[] }[] }[] };
    const foreign = sarif.runs[0]!.results.find((x) => x.ruleId === 'mes/foreign-sender-domain')!;
    expect(foreign.locations[0]!.physicalLocation!.region).toEqual({ startLine: 7 }); // "From: Yahoo! Mail AntiSpam Feedback <…>"
    const stylish = (await runCli(bin, ['check', eml, ...now, '--locale', 'de'])).stdout;
    expect(stylish).toMatch(/Mehr zu den Regeln:\n {2}mes\/\S+ +https:\/\/\S+\/docs\/rules\/mes\/\S+\.md/);
  });

  it('--map names the column; a --map to no field is bad input with the field meant', async () => {
    const file = join(dir, 'mapped.csv');
    writeFileSync(file, 'Kontakt,Status\nx@example.org,confirmed\n');
    const r = await runCli(bin, ['check', fixture('clean-newsletter.json'), '--recipients', file, '--map', 'Kontakt=address', '--map', 'Status=consent.status', ...now]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Recipients: 1 send, 0 exclude, 0 invalid');
    const bad = await runCli(bin, ['check', fixture('clean-newsletter.json'), '--recipients', file, '--map', 'Kontakt=adress', ...now]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"adress" is not a Recipient field; did you mean "address"?');
    const unmapped = await runCli(bin, ['check', fixture('clean-newsletter.json'), '--recipients', file, ...now, '--locale', 'de']);
    expect(unmapped.stderr).toContain('die Kopfzeile braucht eine Spalte "address"');
    expect(unmapped.stderr).not.toContain('needs an');
  });
});
