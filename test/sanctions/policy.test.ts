import { describe, expect, it } from 'vitest';
import { createPolicy, InputError } from '../../src/index.js';

const message = { from: '"Shop GmbH" <news@shop.example>', subject: 'News', purpose: 'newsletter' as const, html: '<a href="https://shop.example/u">Abmelden</a>' };
const spike = { window: { days: 30, sent: 20000, delivered: 19800, hardBounces: 200, complaints: 70, abuseReports: 10 } };

describe('report.sanction and report.interventions from check()', () => {
  it('a prohibited send after a formal warning for the same clause makes the contract eligible for termination', async () => {
    const policy = createPolicy({ now: '2026-11-28T10:00:00Z', locale: 'de' });
    const report = await policy.check({
      message: { ...message, contentLabels: ['pornographic'] },
      history: { warnings: [{ at: '2026-10-01', reason: 'Pornografische Inhalte', clause: 'P6' }], incidents: [{ at: '2026-10-01', ruleId: 'mes/objectionable-content', clause: 'P6', severity: 'prohibited' }] },
    });
    expect(report.violations.map((v) => v.ruleId)).toContain('mes/objectionable-content');
    expect(report.sanction.kind).toBe('termination-eligible');
    expect(report.sanction.escalation).toBe('prohibited-after-warning');
    expect(report.sanction.actions).toEqual(report.interventions.map((i) => i.kind));
    expect(report.interventions.find((i) => i.kind === 'pause-campaign')).toMatchObject({ clause: 'S2', triggeredBy: [{ ruleId: 'mes/objectionable-content', clause: 'P6' }] });
    expect(report.sanction.reasons[0]).toMatch(/^Kündigung möglich \(S6\): Verbotene Nutzung derselben Art nach der Abmahnung vom 2026-10-01/);
  });

  it('a complaint spike after a formal warning pauses the campaign but is no ground for termination (M2 is monitoring)', async () => {
    const policy = createPolicy({ now: '2026-11-28T10:00:00Z', locale: 'de' });
    const report = await policy.check({ message, history: { ...spike, warnings: [{ at: '2026-10-01', clause: 'M2' }] } });
    expect(report.violations.find((v) => v.ruleId === 'mes/complaint-rate-over-limit')?.severity).toBe('undesired');
    expect(report.verdict).toBe('hold');
    expect(report.sanction.actions).toContain('pause-campaign');
    expect(report.sanction.actions).not.toContain('termination-eligible');
    expect(report.sanction.actions).not.toContain('warning');
  });

  it('takes the repeat period from the policy options', async () => {
    const history = { window: { days: 30, sent: 10000, delivered: 10000, complaints: 15 }, incidents: [{ at: '2026-09-01', severity: 'undesired' as const }] };
    const strict = createPolicy({ now: '2026-11-28T10:00:00Z', sanctions: { repeatPeriodDays: 120 } });
    const lax = createPolicy({ now: '2026-11-28T10:00:00Z', sanctions: { repeatPeriodDays: 30 } });
    expect((await strict.check({ message, history })).sanction.escalation).toBe('repeated-undesired');
    expect((await lax.check({ message, history })).sanction.escalation).toBe('first-undesired');
  });

  it('rejects a bad repeat period with a typed error naming the field', () => {
    expect(() => createPolicy({ sanctions: { repeatPeriodDays: -3 } })).toThrow(InputError);
    const error = (() => {
      try {
        createPolicy({ sanctions: { repeatPeriodDays: 1.5 } });
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error?.issues.map((i) => i.path)).toEqual(['options.sanctions.repeatPeriodDays']);
  });
});
