// The playground (examples/playground/) in a real browser: built as `npm run playground` builds
// it, served over a localhost HTTP server, driven in the system's headless Chromium through
// playwright-core. The test pastes a real corpus mail and a CSV of recipients, presses the check
// button and reads the violations, explanations and notice from the DOM; they must be what the
// core gives in Node for the same input, in German and in English. A screenshot of the German
// page goes to examples/playground/dist/screenshot.png (gitignored).
//
// Runs wherever Chromium is installed (MAILPOLICY_CHROMIUM, else /usr/bin/chromium); skipped with
// a message where it is not. MAILPOLICY_BROWSER=1 makes a missing browser a failure.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground, playgroundDir } from '../../scripts/playground.js';
import { createPolicy, formatExplanation, fromEml, renderNotice, type Locale } from '../../src/index.js';

const executablePath = process.env.MAILPOLICY_CHROMIUM ?? '/usr/bin/chromium';
const required = process.env.MAILPOLICY_BROWSER === '1';
const available = existsSync(executablePath);
if (!available && !required) {
  console.warn(`playground.test.ts skipped: no Chromium at ${executablePath} (apt-get install chromium, or set MAILPOLICY_CHROMIUM; MAILPOLICY_BROWSER=1 makes this a failure)`);
}

export const screenshotPath = join(playgroundDir, 'dist', 'screenshot.png');
const mailFile = new URL('../corpus/mail/sa-spam-013-paypal-spoof.eml', import.meta.url);
const today = new Date().toISOString().slice(0, 10);
const csv = [
  'address;consent.status;consent.method;consent.confirmedAt;lastOpenAt',
  `anna@example.org;confirmed;double-opt-in;${today};${today}`,
  'bernd@example.org;none;;;',
].join('\n');

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png' };

interface Shown {
  verdict: string;
  summary: string;
  violations: { ruleId: string; recipient: string | null; message: string; explanation: string }[];
  notice: string;
}

const read = (page: Page): Promise<Shown> =>
  page.evaluate(() => ({
    verdict: document.getElementById('verdict')!.dataset.verdict ?? '',
    summary: document.getElementById('summary')!.textContent ?? '',
    violations: Array.from(document.querySelectorAll<HTMLElement>('#violations > li')).map((li) => ({
      ruleId: li.dataset.ruleId ?? '',
      recipient: li.dataset.recipient ?? null,
      message: li.querySelector('.message')?.textContent ?? '',
      explanation: li.querySelector('.explanation')?.textContent ?? '',
    })),
    notice: document.getElementById('notice')!.hidden ? '' : (document.getElementById('notice')!.textContent ?? ''),
  }));

describe.skipIf(!available && !required)('the playground in headless Chromium', () => {
  let server: Server;
  let browser: BrowserContext;
  let page: Page;
  let origin: string;
  let profile: string;
  const errors: string[] = [];

  beforeAll(async () => {
    expect(existsSync(executablePath), `MAILPOLICY_BROWSER=1 but no Chromium at ${executablePath}`).toBe(true);
    await buildPlayground();
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = join(playgroundDir, path === '/' ? 'index.html' : path);
      if (!file.startsWith(playgroundDir) || !existsSync(file) || !types[extname(file)]) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': types[extname(file)]! }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'mailpolicy-playground-'));
    // A fresh profile each run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      viewport: { width: 1280, height: 1000 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const checkIn = async (locale: Locale): Promise<Shown> => {
    await page.selectOption('#locale', locale);
    await page.evaluate(() => delete document.body.dataset.state);
    await page.click('#check');
    await page.waitForSelector('body[data-state="done"]');
    return read(page);
  };

  const inNode = async (locale: Locale, text: string) => {
    const policy = createPolicy({ locale });
    const message = { ...(await fromEml(new TextEncoder().encode(text))), purpose: 'newsletter' as const };
    const report = await policy.check({
      message,
      recipients: [
        { address: 'anna@example.org', consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: today }, lastOpenAt: today },
        { address: 'bernd@example.org', consent: { status: 'none' } },
      ],
    });
    return { report, policy };
  };

  it.each(['de', 'en'] as const)('shows for a pasted corpus mail and CSV what the core gives in Node (%s)', async (locale) => {
    const text = readFileSync(mailFile, 'utf8');
    await page.fill('#message', text);
    await page.fill('#recipients', csv);
    const shown = await checkIn(locale);
    const { report, policy } = await inNode(locale, text);
    expect(report.violations.map((v) => v.ruleId)).toContain('mes/display-name-impersonation');
    expect(report.violations.some((v) => v.recipient === 'bernd@example.org')).toBe(true);
    expect(shown.verdict).toBe(report.verdict);
    expect(shown.violations).toEqual(report.violations.map((v) => ({
      ruleId: v.ruleId, recipient: v.recipient ?? null, message: v.messages[locale], explanation: formatExplanation(policy.explain(v), locale),
    })));
    expect(shown.notice).toBe(renderNotice(report, { locale }));
    const n = (v: string) => report.recipients.filter((r) => r.verdict === v).length;
    expect(shown.summary).toBe(locale === 'de'
      ? `${report.violations.length} Verstöße · Empfänger: ${n('send')} versenden, ${n('exclude')} ausschließen, 0 ungültig`
      : `${report.violations.length} problems · Recipients: ${n('send')} send, ${n('exclude')} exclude, 0 invalid`);
    expect(errors).toEqual([]);
  }, 60_000);

  it('names the bad fields of a CSV row instead of failing silently', async () => {
    await page.fill('#recipients', 'address;hardBounces\nanna@example.org;x\n');
    const shown = await checkIn('en');
    expect(shown.summary).toContain('0 send, 0 exclude, 1 invalid');
    expect(await page.$$eval('#invalid > li', (lis) => lis.map((li) => li.textContent))).toEqual([
      expect.stringMatching(/^Invalid recipient record 1: recipients\[0\]\.hardBounces: /),
    ]);
    expect(await page.textContent('#error')).toBe('');
  }, 60_000);

  it('saves a screenshot of the German report', async () => {
    await page.fill('#message', readFileSync(mailFile, 'utf8'));
    await page.fill('#recipients', csv);
    await checkIn('de');
    await page.evaluate(() => document.querySelector('#violations details')?.setAttribute('open', ''));
    await page.screenshot({ path: screenshotPath, fullPage: true });
    expect(readFileSync(screenshotPath).subarray(1, 4).toString()).toBe('PNG');
  }, 60_000);
});
