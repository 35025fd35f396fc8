import type { FactDefinition } from '../types.js';
import { calendarDayOrNull, isoOrNull } from '../clock.js';
import { calendarZone, DEFAULT_TIME_ZONE } from '../calendar-zone.js';

export interface ConsentFacts {
  /** 'none' when the record carries no consent at all. */
  readonly status: 'none' | 'pending' | 'confirmed';
  readonly method: 'double-opt-in' | 'single-opt-in' | 'existing-customer' | null;
  readonly confirmed: boolean;
  /**
   * Confirmed by double opt-in: status 'confirmed' with method 'double-opt-in', or with no method
   * recorded (a confirmed status is read as the policy's only accepted opt-in). A single opt-in
   * or a customer relationship is no DOI confirmation (U7: "nicht per DOI bestätigten Listen").
   */
  readonly doiConfirmed: boolean;
  /** An opt-in was at least started (pending or confirmed): what a DOI confirmation needs (P2). */
  readonly optInStarted: boolean;
  /** Advertising to an existing customer under UWG § 7(3) (method 'existing-customer'). */
  readonly existingCustomer: boolean;
  /** Confirmed by double opt-in, or an existing customer under UWG § 7(3). */
  readonly acceptable: boolean;
  readonly unsubscribed: boolean;
  readonly unsubscribedAt: string | null;
  /** The calendar day of `unsubscribedAt` in the policy's time zone, for messages. */
  readonly unsubscribedDay: string | null;
}

export const consent: FactDefinition<ConsentFacts> = {
  name: 'consent',
  scope: 'recipient',
  description: "The recipient's opt-in state, normalised: status 'none' when no consent is recorded (P2, U5, U7).",
  compute: ({ recipient, zone }) => {
    const r = recipient!;
    const c = r.consent;
    const status = c?.status ?? 'none';
    const method = c?.method ?? null;
    const confirmed = status === 'confirmed';
    const existingCustomer = method === 'existing-customer';
    const unsubscribedIso = isoOrNull(r.unsubscribedAt);
    return {
      status,
      method,
      confirmed,
      doiConfirmed: confirmed && (method === null || method === 'double-opt-in'),
      optInStarted: status !== 'none',
      existingCustomer,
      acceptable: (confirmed && method !== 'single-opt-in') || existingCustomer,
      unsubscribed: r.unsubscribedAt !== undefined,
      // Plain data, no getters: an object literal with accessors costs V8 about a microsecond.
      unsubscribedAt: unsubscribedIso,
      unsubscribedDay: calendarDayOrNull(r.unsubscribedAt, zone ?? calendarZone(DEFAULT_TIME_ZONE)),
    };
  },
};
