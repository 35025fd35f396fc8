// The core in a real browser: headless Chromium (the system's, driven by playwright-core, never a
// browser download of its own) loads the core bundled by esbuild under a strict
// Content-Security-Policy (script-src 'self', so no eval or new Function; the mails are fetched
// from the same origin), runs every corpus .eml and the windows-1252 test mails through fromEml,
// analyzeMessage and check (test/helpers/mail-run.ts), and the JSON must equal Node's, byte for
// byte. Code generation is tried once (one securitypolicyviolation event), not per rule.
//
// Runs wherever Chromium is installed (MAILPOLICY_CHROMIUM, else /usr/bin/chromium); skipped with
// a message where it is not. MAILPOLICY_BROWSER=1 (set by .ci/run) makes a missing browser a failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMail } from '../helpers/mail-run.js';
import { undeclared8bitMail, windows1252Mail } from '../helpers/windows-1252-mail.js';

const executablePath = process.env.MAILPOLICY_CHROMIUM ?? '/usr/bin/chromium';
const required = process.env.MAILPOLICY_BROWSER === '1';
const available = existsSync(executablePath);
if (!available && !required) {
  console.warn(`browser.test.ts skipped: no Chromium at ${executablePath} (apt-get install chromium, or set MAILPOLICY_CHROMIUM; MAILPOLICY_BROWSER=1 makes this a failure)`);
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpus = new URL('../corpus/mail/', import.meta.url);

const mails: [string, Uint8Array][] = [
  ...readdirSync(corpus).filter((f) => f.endsWith('.eml')).sort().map((f): [string, Uint8Array] => [f, new Uint8Array(readFileSync(new URL(f, corpus)))]),
  ['windows-1252 (synthetic)', windows1252Mail('windows-1252')],
  ['us-ascii with 0x80-0x9F (synthetic)', windows1252Mail('us-ascii')],
  ['undeclared 8-bit (synthetic)', undeclared8bitMail()],
];

// The page script: counts CSP violations from its first line on, then offers runMail.
const entry = `
  let violations = 0;
  document.addEventListener('securitypolicyviolation', () => { violations++; });
  import { runMail } from './test/helpers/mail-run.ts';
  // Each run starts in a task of the page's own (a timer), not inside the test's evaluate call,
  // which DevTools lets past the CSP's eval check.
  const later = (f) => new Promise((resolve, reject) => setTimeout(() => f().then(resolve, reject), 0));
  window.mailpolicy = {
    runMail: (index) => later(async () => runMail(new Uint8Array(await (await fetch('/mail/' + index)).arrayBuffer()))),
    canEval: () => later(async () => { try { new Function('return 1'); return true; } catch { return false; } }),
    violations: () => violations,
  };
`;

const CSP = "default-src 'none'; script-src 'self'; connect-src 'self'";

describe.skipIf(!available && !required)('in headless Chromium under a strict CSP', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let origin: string;

  beforeAll(async () => {
    expect(existsSync(executablePath), `MAILPOLICY_BROWSER=1 but no Chromium at ${executablePath}`).toBe(true);
    const bundled = await build({
      stdin: { contents: entry, resolveDir: root, sourcefile: 'page.ts', loader: 'ts' },
      bundle: true, platform: 'browser', format: 'esm', target: 'es2022', write: false, logLevel: 'silent',
    });
    const script = bundled.outputFiles[0]!.text;
    server = createServer((req, res) => {
      const mail = /^\/mail\/(\d+)$/.exec(req.url ?? '');
      if (mail && mails[Number(mail[1])]) {
        res.writeHead(200, { 'content-type': 'message/rfc822' }).end(mails[Number(mail[1])]![1]);
      } else if (req.url === '/page.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
      } else if (req.url === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP })
          .end('<!doctype html><meta charset="utf-8"><title>mailpolicy</title><script type="module" src="/page.js"></script>');
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => 'mailpolicy' in window);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it('gives for every mail the JSON Node gives (fromEml, analyzeMessage, check)', async () => {
    expect(mails.length).toBeGreaterThanOrEqual(15);
    const differ: string[] = [];
    for (const [index, [name, raw]] of mails.entries()) {
      const inNode = await runMail(raw);
      const inBrowser = await page.evaluate((i) => (window as unknown as { mailpolicy: { runMail: (i: number) => Promise<string> } }).mailpolicy.runMail(i), index);
      if (inBrowser !== inNode) differ.push(name);
    }
    expect(differ).toEqual([]);
  }, 240_000);

  it('runs under the CSP, which forbids code generation, trying it once', async () => {
    // The CSP is in force: the page itself cannot eval.
    expect(await page.evaluate(() => (window as unknown as { mailpolicy: { canEval: () => Promise<boolean> } }).mailpolicy.canEval())).toBe(false);
    // The event for that try (and any other) arrives as a task: wait until it is counted.
    await page.waitForFunction(() => (window as unknown as { mailpolicy: { violations: () => number } }).mailpolicy.violations() >= 2);
    const violations = await page.evaluate(() => (window as unknown as { mailpolicy: { violations: () => number } }).mailpolicy.violations());
    // One for mailpolicy (and zod, which share the probe) over 18 mails and policies, one for the check above.
    expect(violations).toBe(2);
  });
});
