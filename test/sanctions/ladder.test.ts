import { describe, expect, it } from 'vitest';
import { decideSanction } from '../../src/packs/escalation/index.js';
import { SendingHistorySchema, type SendingHistoryInput, type Violation } from '../../src/index.js';
import { violation } from './violation.js';

const now = new Date('2026-11-28T10:00:00Z');
const decide = (violations: Violation[], history: SendingHistoryInput = {}, repeatPeriodDays?: number) =>
  decideSanction({ violations, history: SendingHistorySchema.parse(history), now, locale: 'en', repeatPeriodDays });

const noImprint = violation({ ruleId: 'mes/no-imprint', clause: 'U3', severity: 'undesired' });
const spam = violation({ ruleId: 'mes/forbidden-content', clause: 'P6', severity: 'prohibited' });
const bought = (address: string) => violation({ ruleId: 'mes/purchased-list', clause: 'P1', severity: 'prohibited', scope: 'recipient', recipient: address });
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

describe('S6 escalation ladder', () => {
  it('no breach: no sanction', () => {
    expect(decide([]).sanction).toEqual({ kind: 'none', actions: [], reasons: [], escalation: 'none' });
  });

  it('first undesired breach → notice, naming rule and clause', () => {
    const { sanction, interventions } = decide([noImprint]);
    expect(sanction).toMatchObject({ kind: 'notice', actions: ['notice'], escalation: 'first-undesired' });
    expect(sanction.reasons[0]).toContain('mes/no-imprint (U3)');
    expect(interventions[0]!.reasons.de).toContain('Erster unerwünschter Verstoß');
    expect(interventions[0]).toMatchObject({ kind: 'notice', clause: 'S5', triggeredBy: [{ ruleId: 'mes/no-imprint', clause: 'U3', count: 1 }] });
  });

  it('an earlier breach outside the repeat period keeps it a first breach', () => {
    const history = { incidents: [{ at: daysAgo(91), ruleId: 'mes/no-imprint', clause: 'U3', severity: 'undesired' as const }] };
    expect(decide([noImprint], history).sanction.escalation).toBe('first-undesired');
  });

  it('undesired breach repeated within 90 days → rate-limit, citing the earlier incident', () => {
    const history = { incidents: [{ at: daysAgo(90), ruleId: 'mes/inactive-recipient', clause: 'U4', severity: 'undesired' as const }] };
    const { sanction } = decide([noImprint], history);
    expect(sanction).toMatchObject({ kind: 'rate-limit', actions: ['rate-limit'], escalation: 'repeated-undesired' });
    expect(sanction.reasons[0]).toContain('mes/no-imprint (U3)');
    expect(sanction.reasons[0]).toContain(`${daysAgo(90).slice(0, 10)} mes/inactive-recipient (U4)`);
  });

  it('advisory incidents and incidents after `now` are not earlier breaches', () => {
    const history = {
      incidents: [
        { at: daysAgo(5), severity: 'advisory' as const },
        { at: '2026-12-05', severity: 'undesired' as const },
      ],
    };
    expect(decide([noImprint], history).sanction.escalation).toBe('first-undesired');
  });

  it('the repeat period is configurable', () => {
    const history = { incidents: [{ at: daysAgo(40), severity: 'undesired' as const }] };
    expect(decide([noImprint], history, 30).sanction.escalation).toBe('first-undesired');
    expect(decide([noImprint], history, 60).sanction.escalation).toBe('repeated-undesired');
  });

  it('prohibited breach in the send → pause-campaign plus warning', () => {
    const { sanction, interventions } = decide([spam, noImprint]);
    expect(sanction).toMatchObject({ kind: 'warning', actions: ['warning', 'pause-campaign'], escalation: 'prohibited' });
    expect(interventions.map((i) => [i.kind, i.clause])).toEqual([['warning', 'S6'], ['pause-campaign', 'S2']]);
    expect(sanction.reasons.join(' ')).toContain('mes/forbidden-content (P6)');
  });

  it('prohibited breach by recipients only → those recipients excluded plus warning, no pause', () => {
    const { sanction } = decide([bought('a@example.org'), bought('b@example.org')]);
    expect(sanction).toMatchObject({ kind: 'warning', actions: ['warning'], escalation: 'prohibited' });
    expect(sanction.reasons[0]).toContain('mes/purchased-list (P1, 2×)');
    expect(sanction.reasons[0]).toContain('2 recipients are excluded');
  });

  it('prohibited breach with a formal warning on record → termination-eligible', () => {
    const history = {
      warnings: [{ at: daysAgo(200), reason: 'bought list' }, { at: daysAgo(30), clause: 'P6' }],
      incidents: [{ at: daysAgo(30), ruleId: 'mes/purchased-list', clause: 'P1', severity: 'prohibited' as const }],
    };
    const { sanction } = decide([spam], history);
    expect(sanction).toMatchObject({ kind: 'termination-eligible', actions: ['termination-eligible', 'pause-campaign'], escalation: 'prohibited-after-warning' });
    expect(sanction.reasons[0]).toContain(`formal warning of ${daysAgo(30).slice(0, 10)}`);
    expect(sanction.reasons[0]).toContain('mes/purchased-list (P1)');
  });

  it('a recipient-level breach never terminates: the recipients are excluded, nothing went out (issue 22 item 4)', () => {
    const { sanction } = decide([bought('a@example.org')], { warnings: [{ at: daysAgo(30), clause: 'P1' }] });
    expect(sanction).toMatchObject({ kind: 'warning', escalation: 'prohibited' });
    expect(sanction.reasons[0]).toContain('does not lead to termination: the recipients concerned are excluded');
    expect(decideSanction({ violations: [bought('a@example.org')], history: SendingHistorySchema.parse({ warnings: [{ at: daysAgo(30), clause: 'P1' }] }), now, locale: 'de' }).sanction.reasons[0])
      .toContain('1 Empfänger wird ausgeschlossen');
  });

  it('a warning counts for two years by default, then no longer (warningValidityDays)', () => {
    const history = SendingHistorySchema.parse({ warnings: [{ at: daysAgo(731), clause: 'P6' }] });
    expect(decideSanction({ violations: [spam], history, now, locale: 'en' }).sanction.escalation).toBe('prohibited');
    expect(decideSanction({ violations: [spam], history, now, locale: 'en', warningValidityDays: 800 }).sanction.escalation).toBe('prohibited-after-warning');
    expect(decideSanction({ violations: [spam], history: SendingHistorySchema.parse({ warnings: [{ at: daysAgo(729), clause: 'P6' }] }), now, locale: 'en' }).sanction.escalation).toBe('prohibited-after-warning');
  });

  it('a warning must concern a breach of the same kind: same rule or clause; one naming neither does not count', () => {
    expect(decide([spam], { warnings: [{ at: daysAgo(30), clause: 'P1' }] }).sanction.escalation).toBe('prohibited');
    expect(decide([spam], { warnings: [{ at: daysAgo(30) }] }).sanction.escalation).toBe('prohibited');
    expect(decide([spam], { warnings: [{ at: daysAgo(30), ruleId: 'mes/forbidden-content' }] }).sanction.escalation).toBe('prohibited-after-warning');
  });

  it('a warning dated after `now` is not on record yet', () => {
    expect(decide([spam], { warnings: [{ at: '2027-01-01' }] }).sanction.escalation).toBe('prohibited');
  });

  it('an undesired breach after a warning is still judged as undesired', () => {
    expect(decide([noImprint], { warnings: [{ at: daysAgo(10) }] }).sanction.kind).toBe('notice');
  });
});

describe('rules’ own actions and the strongest kind', () => {
  it('keeps each rule’s action; kind is the strongest', () => {
    const listed = violation({ ruleId: 'mes/blocklisted', clause: 'M1', severity: 'undesired', scope: 'history', sanction: 'rotate-ip' });
    const spike = violation({ ruleId: 'mes/volume-spike', clause: 'M4', severity: 'advisory', scope: 'history', sanction: 'rate-limit' });
    const bots = violation({ ruleId: 'mes/bot-signup', clause: 'U7', severity: 'undesired', scope: 'recipient', recipient: 'x@example.org', sanction: 'rate-limit' });
    const { sanction, interventions } = decide([listed, spike, bots]);
    expect(sanction.kind).toBe('rotate-ip');
    expect(sanction.actions).toEqual(['rotate-ip', 'rate-limit', 'notice']);
    expect(interventions.map((i) => i.clause)).toEqual(['S4', 'S1', 'S5']);
    expect(interventions[1]!.reason).toBe('Limit the sending rate (rate-limit, S1): Suggested by mes/bot-signup (U7).');
  });

  it('an advisory finding is no sanction by itself, whatever action its rule declares (CLAUSES.md; issue 22 item 10)', () => {
    const spike = violation({ ruleId: 'mes/volume-spike', clause: 'M4', severity: 'advisory', scope: 'history', sanction: 'rate-limit' });
    expect(decide([spike]).sanction).toEqual({ kind: 'none', actions: [], reasons: [], escalation: 'none' });
  });

  it('merges a rule’s action with the same ladder action into one intervention', () => {
    const over = violation({ ruleId: 'mes/complaint-rate-over-limit', clause: 'M2', severity: 'prohibited', scope: 'history', sanction: 'pause-campaign' });
    const { interventions } = decide([over]);
    const pause = interventions.filter((i) => i.kind === 'pause-campaign');
    expect(pause).toHaveLength(1);
    expect(pause[0]!.reason).toContain('Prohibited use in the send itself');
    expect(pause[0]!.reason).toContain('Suggested by mes/complaint-rate-over-limit (M2)');
  });
});
