// Issue 14 item 9, "one story per report": verdict, per-recipient verdicts and sanction agree
// (docs/sanctions.md). A report never says `send` (or `fix`) while its sanction stops the send,
// and renderNotice never says "Der Versand kann erfolgen" above "Massenversand abbrechen".
import { describe, expect, it } from 'vitest';
import { createPolicy, definePack, PackError, renderNotice, type Report } from '../../src/index.js';
import { CAMPAIGN_STOPPING } from '../../src/model/index.js';
import { goodRule, packOf } from '../helpers/rules.js';
import { listScenarios, loadScenario } from '../../examples/lib/scenario.js';

const NOW = '2026-11-28T10:00:00Z';
const message = {
  from: '"Shop GmbH" <news@shop.de>',
  subject: 'Neuigkeiten',
  purpose: 'newsletter' as const,
  headers: { 'List-Unsubscribe': '<https://shop.de/abmelden?id=1>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  html: '<p>Neu.</p><a href="https://shop.de/abmelden?id=1">Abmelden</a> <a href="https://shop.de/impressum">Impressum</a>',
};
const good = { address: 'anna@example.org', consent: { status: 'confirmed' as const, method: 'double-opt-in' as const, confirmedAt: '2026-10-01' } };

/** The invariants of docs/sanctions.md, "One story per report". */
const expectOneStory = (r: Report) => {
  const stops = r.sanction.actions.some((a) => CAMPAIGN_STOPPING.has(a));
  expect([r.verdict, stops]).toEqual([r.verdict, r.verdict === 'hold']);
  if (r.verdict === 'hold') expect(r.recipients.filter((x) => x.verdict === 'send')).toEqual([]);
  for (const x of r.recipients) {
    if (x.verdict === 'invalid') continue;
    expect(x.verdict === 'exclude').toBe(r.verdict === 'hold' || x.violations.some((v) => v.severity !== 'advisory'));
  }
  for (const locale of ['de', 'en'] as const) {
    const notice = renderNotice(r, { locale });
    if (notice.includes('Der Versand kann erfolgen')) expect(notice).not.toMatch(/Massenversand (abbrechen|anhalten)|Zugang sperren/);
  }
};

const check = (input: { message?: object; recipients?: object[]; history?: object }) =>
  createPolicy({ now: NOW, account: { senderDomains: ['shop.de'] }, locale: 'de' }).check({
    message: (input.message ?? message) as never,
    recipients: (input.recipients ?? []) as never,
    history: (input.history ?? {}) as never,
  });

describe('one story per report (issue 14 item 9)', () => {
  it('one purchased address: the recipient is excluded, the campaign goes on, no abort is asked', async () => {
    const r = await check({ recipients: [good, { ...good, address: 'gekauft@example.net', source: 'purchased' }] });
    expect(r.verdict).toBe('send');
    expect(r.recipients.map((x) => x.verdict)).toEqual(['send', 'exclude']);
    expect(r.sanction.actions).not.toContain('abort-campaign');
    expect(r.sanction.actions).not.toContain('pause-campaign');
    expectOneStory(r);
  });

  it('an undesired finding whose rule pauses the send (a major blocklist) holds the send', async () => {
    const r = await check({ recipients: [good], history: { blocklistings: [{ list: 'zen.spamhaus.org', target: '203.0.113.5' }] } });
    expect(r.sanction.actions).toContain('pause-campaign');
    expect(r.verdict).toBe('hold');
    expectOneStory(r);
  });

  it('holds for every demo scenario and a prohibited message', async () => {
    for (const id of listScenarios()) {
      const s = loadScenario(id);
      const r = await createPolicy({ account: s.account, now: s.now, locale: 'de' }).check({ message: s.message, recipients: s.recipients, history: s.history });
      expectOneStory(r);
    }
    expectOneStory(await check({ message: { ...message, contentLabels: ['extremist'] }, recipients: [good] }));
  });

  it('a pack cannot give a recipient rule an action that stops the whole send', () => {
    for (const sanction of ['abort-campaign', 'pause-campaign', 'suspend-account'] as const) {
      try {
        definePack(packOf([goodRule({ scope: 'recipient', sanction, conditions: { all: [{ fact: 'consent', path: '$.confirmed', operator: 'equal', value: false }] } })]));
        expect.unreachable('expected a PackError');
      } catch (e) {
        expect(e).toBeInstanceOf(PackError);
        expect((e as PackError).issues.map((i) => i.code)).toContain('recipient-stops-campaign');
      }
    }
  });
});
