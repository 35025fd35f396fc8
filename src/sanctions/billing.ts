import * as z from 'zod';
import { InputError, SanctionKindSchema, toInputIssues, type SanctionKind } from '../model/index.js';

const hoursValue = z.number().finite().nonnegative();

// Hours per intervention (same order), or hours per kind (kinds not named: 0 h). The shape is
// picked up front rather than by a union, so an issue names the bad entry, not just `hours`.
const billingSchema = (hoursIsList: boolean) =>
  z.object({
    interventions: z.array(z.object({ kind: SanctionKindSchema, clause: z.string() })),
    hours: hoursIsList ? z.array(hoursValue) : z.partialRecord(SanctionKindSchema, hoursValue),
    hourlyRate: z.number().finite().nonnegative(),
    currency: z.string().min(1).optional(),
  });

export interface BillingOptions {
  readonly hours: readonly number[] | Partial<Readonly<Record<SanctionKind, number>>>;
  /** The agreed hourly rate (S7), in `currency`. */
  readonly hourlyRate: number;
  readonly currency?: string;
}

export interface BillLine {
  readonly kind: SanctionKind;
  readonly clause: string;
  readonly hours: number;
  /** hours × hourlyRate, rounded to cents. */
  readonly amount: number;
}

export interface Bill {
  readonly lines: readonly BillLine[];
  readonly totalHours: number;
  readonly total: number;
  readonly hourlyRate: number;
  readonly currency?: string;
}

const cents = (x: number): number => Math.round(x * 100);

/**
 * The cost of the interventions at the agreed hourly rate (S7, Aufwendungsersatz). The hours are
 * the caller's: the library records what was done and multiplies, nothing more. Bad input
 * throws one InputError naming every bad field (paths under `billing.`).
 */
export const billInterventions = (
  interventions: readonly { readonly kind: SanctionKind; readonly clause: string }[],
  options: BillingOptions,
): Bill => {
  const parsed = billingSchema(Array.isArray(options?.hours)).safeParse({ interventions, ...options });
  if (!parsed.success) throw new InputError(toInputIssues('billing', parsed.error));
  const { hours, hourlyRate, currency } = parsed.data;
  if (Array.isArray(hours) && hours.length !== interventions.length) {
    throw new InputError([{ path: 'billing.hours', message: `expected ${interventions.length} entries, one per intervention, got ${hours.length}` }]);
  }
  const hoursAt = (i: number, kind: SanctionKind): number => (Array.isArray(hours) ? hours[i]! : ((hours as Partial<Record<SanctionKind, number>>)[kind] ?? 0));
  const lines = parsed.data.interventions.map((iv, i) => {
    const h = hoursAt(i, iv.kind);
    return { kind: iv.kind, clause: iv.clause, hours: h, amount: cents(h * hourlyRate) / 100 };
  });
  return {
    lines,
    totalHours: lines.reduce((a, l) => a + l.hours, 0),
    total: lines.reduce((a, l) => a + cents(l.amount), 0) / 100,
    hourlyRate,
    ...(currency === undefined ? {} : { currency }),
  };
};
