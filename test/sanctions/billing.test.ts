import { describe, expect, it } from 'vitest';
import { billInterventions } from '../../src/index.js';
import { inputErrorPaths } from '../helpers/input-issues.js';

const interventions = [
  { kind: 'pause-campaign' as const, clause: 'S2' },
  { kind: 'rotate-ip' as const, clause: 'S4' },
  { kind: 'notice' as const, clause: 'S5' },
];

describe('billInterventions (S7)', () => {
  it('multiplies the caller’s hours per intervention by the agreed rate', () => {
    expect(billInterventions(interventions, { hours: [1.5, 0.25, 0], hourlyRate: 89.9, currency: 'EUR' })).toEqual({
      lines: [
        { kind: 'pause-campaign', clause: 'S2', hours: 1.5, amount: 134.85 },
        { kind: 'rotate-ip', clause: 'S4', hours: 0.25, amount: 22.48 },
        { kind: 'notice', clause: 'S5', hours: 0, amount: 0 },
      ],
      totalHours: 1.75,
      total: 157.33,
      hourlyRate: 89.9,
      currency: 'EUR',
    });
  });

  it('takes hours per kind; kinds without hours cost nothing', () => {
    const bill = billInterventions(interventions, { hours: { 'rotate-ip': 2 }, hourlyRate: 100 });
    expect(bill.lines.map((l) => l.amount)).toEqual([0, 200, 0]);
    expect(bill.total).toBe(200);
  });

  it('rejects bad input naming every field', () => {
    expect(inputErrorPaths(() => billInterventions(interventions, { hours: [1, -2, Number.NaN], hourlyRate: -5 }))).toEqual(
      ['billing.hours[1]', 'billing.hours[2]', 'billing.hourlyRate'],
    );
    expect(inputErrorPaths(() => billInterventions(interventions, { hours: { 'rotate-ip': -1 }, hourlyRate: 1 }))).toEqual(['billing.hours.rotate-ip']);
    expect(inputErrorPaths(() => billInterventions(interventions, { hours: [1], hourlyRate: 10 }))).toEqual(['billing.hours']);
    expect(inputErrorPaths(() => billInterventions([{ kind: 'nap' as never, clause: 'S9' }], { hours: [1], hourlyRate: 10 }))).toEqual(['billing.interventions[0].kind']);
  });
});
