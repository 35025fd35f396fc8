import { describe, expect, it } from 'vitest';
import { checkWith, fires } from './fire.js';

const windowOf = (fields: Record<string, number>) => ({ window: { days: 30, ...fields } });

// Each monitoring rule at, just under and just over its default threshold.
describe('M2 complaint rate (undesired band 0.1 % ≤ rate < 0.3 %)', () => {
  const at = (complaints: number) => windowOf({ sent: 10000, delivered: 10000, complaints });
  it('fires at exactly 0.1 %', async () => expect(await fires('mes/complaint-rate', { history: at(10) })).toBe(true));
  it('stays quiet just under (0.09 %)', async () => expect(await fires('mes/complaint-rate', { history: at(9) })).toBe(false));
  it('fires just over (0.11 %)', async () => expect(await fires('mes/complaint-rate', { history: at(11) })).toBe(true));
  it('fires just under the hard limit (0.29 %)', async () => expect(await fires('mes/complaint-rate', { history: at(29) })).toBe(true));
  it('hands over to the hard-limit rule at 0.3 %', async () => expect(await fires('mes/complaint-rate', { history: at(30) })).toBe(false));
  it('counts abuse reports as complaints', async () => {
    const report = await checkWith('mes/complaint-rate', { history: windowOf({ sent: 10000, delivered: 10000, complaints: 6, abuseReports: 4 }) });
    expect(report.violations[0]?.evidence).toMatchObject({ 'complaintRate.percent': 0.1, 'complaintRate.complaints': 10 });
  });
  it('estimates delivered as sent − hard bounces when missing', async () => {
    const report = await checkWith('mes/complaint-rate', { history: windowOf({ sent: 10100, hardBounces: 100, complaints: 10 }) });
    expect(report.violations[0]?.evidence).toMatchObject({ 'complaintRate.delivered': 10000, 'complaintRate.percent': 0.1 });
  });
  it('uses a stricter target when configured', async () => {
    expect(await fires('mes/complaint-rate', { history: at(6), options: { targetPercent: 0.05 } })).toBe(true);
  });
  it('names rate, counts and target in the message', async () => {
    const report = await checkWith('mes/complaint-rate', { history: at(20) });
    expect(report.violations[0]?.message).toBe('Complaint rate 0.2 % (20 complaints for 10,000 delivered emails in 30 days) is not below the 0.1 % target.');
    expect(report.verdict).toBe('fix');
  });
});

describe('M2 complaint rate over the hard limit (≥ 0.3 %, undesired; the campaign is paused)', () => {
  const at = (complaints: number) => windowOf({ sent: 10000, delivered: 10000, complaints });
  it('fires at exactly 0.3 %', async () => expect(await fires('mes/complaint-rate-over-limit', { history: at(30) })).toBe(true));
  it('stays quiet just under (0.29 %)', async () => expect(await fires('mes/complaint-rate-over-limit', { history: at(29) })).toBe(false));
  it('fires just over (0.31 %) and holds the send', async () => {
    const report = await checkWith('mes/complaint-rate-over-limit', { history: at(31) });
    expect(report.violations.map((v) => [v.ruleId, v.clause, v.severity])).toEqual([['mes/complaint-rate-over-limit', 'M2', 'undesired']]);
    // Its action pauses the bulk mailing (S2): the verdict says so (one story per report).
    expect(report.verdict).toBe('hold');
    expect(report.sanction.actions).not.toContain('warning');
  });
  it('is silent when nothing was delivered', async () => {
    expect(await fires('mes/complaint-rate-over-limit', { history: windowOf({ sent: 0, complaints: 3 }) })).toBe(false);
  });
});

describe('M3 hard-bounce rate (> 1 %)', () => {
  const at = (hardBounces: number) => windowOf({ sent: 1000, hardBounces });
  it('stays quiet at exactly 1 %', async () => expect(await fires('mes/hard-bounce-rate', { history: at(10) })).toBe(false));
  it('stays quiet just under (0.9 %)', async () => expect(await fires('mes/hard-bounce-rate', { history: at(9) })).toBe(false));
  it('fires just over (1.1 %)', async () => expect(await fires('mes/hard-bounce-rate', { history: at(11) })).toBe(true));
});

describe('M3 hard-bounced recipient (≥ 1 hard bounce)', () => {
  const r = (hardBounces: number) => ({ address: 'a@example.org', consent: { status: 'confirmed', method: 'double-opt-in' }, hardBounces });
  it('excludes at exactly 1', async () => {
    const report = await checkWith('mes/hard-bounced-recipient', { recipient: r(1) });
    expect(report.recipients[0]).toMatchObject({ verdict: 'exclude' });
    expect(report.recipients[0]!.violations[0]).toMatchObject({ clause: 'M3', scope: 'recipient', recipient: 'a@example.org' });
  });
  it('keeps just under (0)', async () => expect((await checkWith('mes/hard-bounced-recipient', { recipient: r(0) })).recipients[0]!.verdict).toBe('send'));
  it('excludes just over (2)', async () => expect(await fires('mes/hard-bounced-recipient', { recipient: r(2) })).toBe(true));
});

describe('M4 volume spike (> 2 × the median of earlier days)', () => {
  const days = (today: number) => ({ dailyVolumes: [1000, 800, 1000, 1200, 1000, today] });
  it('stays quiet at exactly 2 ×', async () => expect(await fires('mes/volume-spike', { history: days(2000) })).toBe(false));
  it('stays quiet just under', async () => expect(await fires('mes/volume-spike', { history: days(1999) })).toBe(false));
  it('fires just over, as a hint without sanction and without blocking the send', async () => {
    const report = await checkWith('mes/volume-spike', { history: days(2001) });
    expect(report.violations[0]).toMatchObject({ clause: 'M4', severity: 'advisory', sanction: 'none' });
    expect(report.sanction.actions).toEqual([]);
    expect(report.verdict).toBe('send');
  });
  it('uses the median, so one earlier spike does not raise the baseline', async () => {
    expect(await fires('mes/volume-spike', { history: { dailyVolumes: [1000, 50000, 1000, 2500] } })).toBe(true);
  });
  it('has no baseline when all earlier days were 0', async () => {
    expect(await fires('mes/volume-spike', { history: { dailyVolumes: [0, 0, 9000] } })).toBe(false);
  });
});

describe('M5 deferral rate (> 5 %)', () => {
  const at = (deferrals: number) => windowOf({ sent: 1000, deferrals });
  it('stays quiet at exactly 5 %', async () => expect(await fires('mes/deferral-rate', { history: at(50) })).toBe(false));
  it('stays quiet just under', async () => expect(await fires('mes/deferral-rate', { history: at(49) })).toBe(false));
  it('fires just over', async () => expect(await fires('mes/deferral-rate', { history: at(51) })).toBe(true));
});

describe('M6 spam score (≥ 5.0)', () => {
  it('fires at exactly 5.0', async () => expect(await fires('mes/spam-score', { message: { spamScore: 5 } })).toBe(true));
  it('stays quiet just under (4.9)', async () => expect(await fires('mes/spam-score', { message: { spamScore: 4.9 } })).toBe(false));
  it('fires just over (5.1)', async () => expect(await fires('mes/spam-score', { message: { spamScore: 5.1 } })).toBe(true));
  it('follows the user’s own threshold', async () => {
    expect(await fires('mes/spam-score', { message: { spamScore: 4 }, options: { threshold: 3.5 } })).toBe(true);
  });
});

describe('M1 blocklistings', () => {
  const listed = (...lists: string[]) => ({ blocklistings: lists.map((list) => ({ list, target: '192.0.2.10' })) });
  it('stays quiet with no listing', async () => expect(await fires('mes/blocklisted', { history: listed() })).toBe(false));
  it('suggests rotating the IP from the first listing', async () => {
    const report = await checkWith('mes/blocklisted', { history: listed('psbl.surriel.com') });
    expect(report.violations[0]).toMatchObject({ clause: 'M1', sanction: 'rotate-ip' });
  });
  it('pauses the campaign only for a major list, whatever the list name’s spelling', async () => {
    expect(await fires('mes/blocklisted-major-list', { history: listed('psbl.surriel.com') })).toBe(false);
    expect(await fires('mes/blocklisted-major-list', { history: listed('ZEN.Spamhaus.org') })).toBe(true);
    expect(await fires('mes/blocklisted-major-list', { history: listed('b.barracudacentral.org') })).toBe(true);
    expect(await fires('mes/blocklisted-major-list', { history: listed('bl.spamcop.net') })).toBe(true);
  });
  it('takes the major lists from the options', async () => {
    expect(await fires('mes/blocklisted-major-list', { history: listed('psbl.surriel.com'), options: { majorLists: ['psbl'] } })).toBe(true);
    expect(await fires('mes/blocklisted-major-list', { history: listed('bl.spamcop.net'), options: { majorLists: ['spamhaus'] } })).toBe(false);
  });
});

describe('unsubscribed recipients (P2)', () => {
  const r = { address: 'left@example.org', consent: { status: 'confirmed', method: 'double-opt-in' }, unsubscribedAt: '2026-11-20' };
  it('excludes an unsubscribed recipient from a newsletter as prohibited', async () => {
    const report = await checkWith('mes/unsubscribed-recipient', { recipient: r });
    expect(report.recipients[0]).toMatchObject({ verdict: 'exclude' });
    expect(report.recipients[0]!.violations[0]).toMatchObject({ clause: 'P2', severity: 'prohibited', evidence: { 'unsubscription.unsubscribedAt': '2026-11-20' } });
  });
  it('is still excluded when an older confirmation predates the unsubscribe', async () => {
    expect(await fires('mes/unsubscribed-recipient', { recipient: { ...r, consent: { ...r.consent, confirmedAt: '2026-01-01' } } })).toBe(true);
  });
  it('may be mailed again after confirming a new double opt-in', async () => {
    expect(await fires('mes/unsubscribed-recipient', { recipient: { ...r, consent: { ...r.consent, confirmedAt: '2026-11-22' } } })).toBe(false);
  });
  it('does not stop a transactional message', async () => {
    expect(await fires('mes/unsubscribed-recipient', { recipient: r, message: { purpose: 'transactional' } })).toBe(false);
  });
});
