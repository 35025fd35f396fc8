// Where code may not be generated from strings (a page under a strict Content-Security-Policy,
// an edge worker without eval, `node --disallow-code-generation-from-strings`), every result
// equals the normal run's, and the runtime is asked at most once per process: under a CSP each
// failed attempt is a `securitypolicyviolation` report. The core checks (test/helpers/core-run.ts)
// run bundled, in child processes with and without the flag; every `new Function`, `Function`
// and indirect `eval` is counted by wrapping them (test/helpers/count-code-generation.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Run {
  attempts: number;
  results: Record<string, unknown>;
}

const dir = mkdtempSync(join(tmpdir(), 'mailpolicy-codegen-'));
const program = join(dir, 'core-run.mjs');

const run = (flags: string[]): Run => {
  const r = spawnSync(process.execPath, [...flags, program, fileURLToPath(new URL('../corpus/mail/', import.meta.url))], { encoding: 'utf8', timeout: 120_000, maxBuffer: 512 * 1024 * 1024 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Run;
};

describe('without code generation from strings', () => {
  let normal: Run;
  let disallowed: Run;
  beforeAll(async () => {
    await build({
      entryPoints: [fileURLToPath(new URL('../helpers/core-run.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: program,
      logLevel: 'silent',
    });
    normal = run([]);
    disallowed = run(['--disallow-code-generation-from-strings']);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the results of the normal run', () => {
    expect(Object.keys(normal.results).length).toBeGreaterThanOrEqual(10);
    expect(JSON.stringify(disallowed.results)).toBe(JSON.stringify(normal.results));
  });

  it('asks the runtime once per process, not per policy or per rule', () => {
    expect(disallowed.attempts).toBe(1);
  });

  it('generates code where it may (the counter sees it)', () => {
    expect(normal.attempts).toBeGreaterThan(10);
  });
});
