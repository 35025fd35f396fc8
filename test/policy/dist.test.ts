// The published entry points: build once, then import the package by its own name (Node's
// self-reference through the `exports` map) from ESM and CJS in child processes, as a user would.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const script = `
  const policy = createPolicy({ account: { senderDomains: ['shop.example'] }, now: '2026-11-28T10:00:00Z', locale: 'en' });
  let error;
  try { analyzeMessage({ from: 'x@shop.example', subject: 1 }); } catch (e) { error = e; }
  Promise.resolve(policy.check({
    message: { from: '"Shop GmbH" <news@shop.example>', subject: 'Hi', purpose: 'newsletter', html: '<p>Hi</p>' },
    recipients: [{ address: 'a@example.org', source: 'purchased' }, { name: 'no address' }],
  })).then((report) => console.log(JSON.stringify({
    rules: managedEmailServer.rules.length,
    inputError: error instanceof InputError, paths: error.issues.map((i) => i.path),
    verdicts: report.recipients.map((r) => r.verdict),
    fired: report.violations.map((v) => v.ruleId).sort(),
  })));
`;

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { rules: number; inputError: boolean; paths: string[]; verdicts: string[]; fired: string[] };
};

describe('built package (dist/)', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', 'build'], { stdio: 'pipe', timeout: 240_000 });
  }, 300_000);

  it('works from ESM: import { createPolicy, managedEmailServer, analyzeMessage, InputError } from "mailpolicy"', () => {
    const out = run(['--input-type=module', '-e', `import { createPolicy, managedEmailServer, analyzeMessage, InputError } from 'mailpolicy';\n${script}`]);
    expect(out.inputError).toBe(true);
    expect(out.paths).toEqual(['message.subject']);
    expect(out.rules).toBeGreaterThanOrEqual(28);
    expect(out.verdicts).toEqual(['exclude', 'invalid']);
    expect(out.fired).toContain('mes/purchased-list');
  });

  it('explains from "mailpolicy" a violation made through "mailpolicy/testing"', () => {
    const explainAcross = `
      const [pack, rule] = [managedEmailServer, managedEmailServer.rules.find((r) => r.id === 'mes/purchased-list')];
      runExample(pack, rule, rule.examples.violating[0]).then((report) => {
        const e = explain(report.violations[0]);
        console.log(JSON.stringify({ rules: 0, inputError: false, paths: [], verdicts: [e.source], fired: [e.ruleId] }));
      });
    `;
    const cjs = run(['-e', `const { explain, managedEmailServer } = require('mailpolicy');\nconst { runExample } = require('mailpolicy/testing');\n${explainAcross}`]);
    expect(cjs.verdicts).toEqual(['evaluation']);
    expect(cjs.fired).toEqual(['mes/purchased-list']);
    const esm = run(['--input-type=module', '-e', `import { explain, managedEmailServer } from 'mailpolicy';\nimport { runExample } from 'mailpolicy/testing';\n${explainAcross}`]);
    expect(esm).toEqual(cjs);
  });

  it('runs a policy in json-rules-engine from "mailpolicy/json-rules-engine", in CJS and ESM', () => {
    const body = `
      const { engine, run } = createEngine({ now: '2026-11-28T10:00:00Z', account: { senderDomains: ['shop.example'] } });
      run({ message: { from: '"Shop" <news@shop.example>', subject: 'x', purpose: 'newsletter', html: '<p>x</p>' },
            recipient: { address: 'anna@example.org', source: 'purchased' } }).then((violations) => {
        console.log(JSON.stringify({ rules: engine.rules?.length ?? 0, inputError: false, paths: [], verdicts: [], fired: violations.map((v) => v.ruleId).sort() }));
      });
    `;
    const cjs = run(['-e', `const { createEngine } = require('mailpolicy/json-rules-engine');\n${body}`]);
    expect(cjs.fired).toContain('mes/purchased-list');
    expect(cjs.fired).toContain('mes/no-unsubscribe-link');
    const esm = run(['--input-type=module', '-e', `import { createEngine } from 'mailpolicy/json-rules-engine';\n${body}`]);
    expect(esm).toEqual(cjs);
  });

  it('works from CJS: require("mailpolicy") gives the same API and the same answers', () => {
    const esm = run(['--input-type=module', '-e', `import { createPolicy, managedEmailServer, analyzeMessage, InputError } from 'mailpolicy';\n${script}`]);
    const cjs = run(['-e', `const { createPolicy, managedEmailServer, analyzeMessage, InputError } = require('mailpolicy');\n${script}`]);
    expect(cjs).toEqual(esm);
  });

  it('catches a PackError from "mailpolicy/node" with the PackError of "mailpolicy", in CJS and ESM: one copy of the class', () => {
    // The prototype itself, not only instanceof: the entries share one class (shared chunks),
    // which answers instanceof by its prototype chain alone.
    const across = (load: string) => `
      ${load}
      let error;
      try { loadPackSync('/nonexistent/mailpolicy-pack'); } catch (e) { error = e; }
      let input;
      try { analyzeMessage({ from: 'x@shop.example', subject: 1 }); } catch (e) { input = e; }
      const plain = (C) => C[Symbol.hasInstance] === Function.prototype[Symbol.hasInstance];
      console.log(JSON.stringify({ rules: 0, inputError: input instanceof InputError && !(input instanceof PackError),
        paths: error.issues.map((i) => i.code),
        verdicts: [String(error instanceof PackError), String(error instanceof InputError), String(Object.getPrototypeOf(error) === PackError.prototype),
          String(plain(PackError) && plain(InputError)), String(Object.getOwnPropertySymbols(error).length)],
        fired: [] }));
    `;
    const cjs = run(['-e', across(`const { PackError, InputError, analyzeMessage } = require('mailpolicy'); const { loadPackSync } = require('mailpolicy/node');`)]);
    expect(cjs.verdicts).toEqual(['true', 'false', 'true', 'true', '0']);
    expect(cjs.paths).toContain('missing-file');
    expect(cjs.inputError).toBe(true);
    const esm = run(['--input-type=module', '-e', across(`import { PackError, InputError, analyzeMessage } from 'mailpolicy'; import { loadPackSync } from 'mailpolicy/node';`)]);
    expect(esm).toEqual(cjs);
  });

  it('gives TypeScript with moduleResolution node10 the types of every entry (typesVersions)', () => {
    // node10 knows no `exports`: without typesVersions, mailpolicy/node and mailpolicy/testing are TS2307.
    const dir = mkdtempSync(join(tmpdir(), 'mailpolicy-node10-'));
    try {
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(process.cwd(), join(dir, 'node_modules', 'mailpolicy'), 'dir');
      writeFileSync(join(dir, 'use.ts'), [
        "import { createPolicy, InputError } from 'mailpolicy';",
        "import { loadPackSync } from 'mailpolicy/node';",
        "import { createEngine } from 'mailpolicy/json-rules-engine';",
        "import { runExample, testRule } from 'mailpolicy/testing';",
        "import 'mailpolicy/testing/vitest';",
        'export const used: [typeof createPolicy, typeof InputError, typeof loadPackSync, typeof runExample, typeof testRule, typeof createEngine] = [createPolicy, InputError, loadPackSync, runExample, testRule, createEngine];',
      ].join('\n'));
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
        compilerOptions: { module: 'commonjs', moduleResolution: 'node10', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['use.ts'],
      }));
      const tsc = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8', timeout: 120_000 });
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('imports no package without using it: no bare import or require of a dependency in dist', () => {
    // A bare `import 'pkg'` of a side-effect-free package makes a consumer's esbuild warn
    // (ignored-bare-import). The built files are listed, not assumed (shared chunks have hashed names).
    const files = readdirSync('dist').filter((f) => /\.(c?js)$/.test(f) && f !== 'cli.js');
    expect(files).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'node.js', 'node.cjs', 'testing.js', 'testing.cjs']));
    const bare = files.flatMap((f) =>
      readFileSync(join('dist', f), 'utf8').split('\n')
        .filter((line) => /^\s*(import\s*['"][^'"./][^'"]*['"]|require\(\s*['"][^'"./][^'"]*['"]\s*\))\s*;?\s*$/.test(line))
        .map((line) => `${f}: ${line.trim()}`));
    expect(bare).toEqual([]);
  });

  it('bundles without a warning, and `import "mailpolicy/testing/vitest"` registers the matchers when bundled (sideEffects)', async () => {
    // The bundle of a test setup file, as a consumer's bundler makes it from the published
    // package; vitest is the consumer's, here a stand-in whose expect.extend records the matchers.
    const registered: string[] = [];
    const standIn: Plugin = {
      name: 'vitest-stand-in',
      setup(b) {
        b.onResolve({ filter: /^vitest$/ }, () => ({ path: 'vitest', namespace: 'stand-in' }));
        b.onLoad({ filter: /.*/, namespace: 'stand-in' }, () => ({
          contents: 'export const expect = { extend: (m) => globalThis.__registered.push(...Object.keys(m)) };',
        }));
      },
    };
    for (const format of ['esm', 'cjs'] as const) {
      const result = await build({
        stdin: { contents: `import 'mailpolicy/testing/vitest';\nimport { createPolicy } from 'mailpolicy';\nglobalThis.__policy = createPolicy;`, resolveDir: process.cwd() },
        bundle: true, platform: 'browser', format, write: false, logLevel: 'silent', plugins: [standIn],
        mainFields: format === 'cjs' ? ['main'] : undefined, conditions: format === 'cjs' ? ['require'] : undefined,
      });
      expect(result.warnings.map((w) => w.text)).toEqual([]);
      (globalThis as Record<string, unknown>).__registered = registered;
      registered.length = 0;
      new Function(result.outputFiles[0]!.text)();
      expect(registered.sort()).toEqual(['toBeCompliant', 'toViolate']);
    }
  });

  it('augments nodemailer\'s SendMailOptions from dist/*.d.ts, for ESM and CJS consumers (tsc, nodenext)', () => {
    // Inside the package, so `mailpolicy` resolves to this build through the exports map.
    const dir = mkdtempSync(join('test', 'policy', '.dist-types-'));
    try {
      const consumer = (load: string) => `${load}
const t = nodemailer.createTransport({ jsonTransport: true });
t.use('compile', mailpolicyPlugin(createPolicy()));
export const ok = t.sendMail({ from: 'a@shop.example', mailpolicy: { purpose: 'newsletter', topic: 'news' } });
// @ts-expect-error no such purpose
export const bad = t.sendMail({ from: 'a@shop.example', mailpolicy: { purpose: 'marketing' } });
`;
      writeFileSync(join(dir, 'esm.mts'), consumer(`import nodemailer from 'nodemailer';\nimport { createPolicy, mailpolicyPlugin } from 'mailpolicy';`));
      writeFileSync(join(dir, 'cjs.cts'), consumer(`import nodemailer = require('nodemailer');\nimport { createPolicy, mailpolicyPlugin } = require('mailpolicy');`).replace("import { createPolicy, mailpolicyPlugin } = require('mailpolicy');", "import mp = require('mailpolicy');\nconst { createPolicy, mailpolicyPlugin } = mp;"));
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
        compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: true, types: ['node'] },
        files: ['esm.mts', 'cjs.cts'],
      }));
      const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', dir], { encoding: 'utf8', timeout: 120_000 });
      expect(r.stdout + r.stderr).toBe('');
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
