import type { FactDefinition } from './types.js';

export interface ConsentFacts {
  /** 'none' when the record carries no consent at all. */
  readonly status: 'none' | 'pending' | 'confirmed';
  readonly method: 'double-opt-in' | 'single-opt-in' | 'existing-customer' | null;
  readonly confirmed: boolean;
  /** Confirmed by double opt-in, or an existing customer under UWG § 7(3). */
  readonly acceptable: boolean;
  readonly unsubscribed: boolean;
  readonly unsubscribedAt: string | null;
}

export const consent: FactDefinition<ConsentFacts> = {
  name: 'consent',
  scope: 'recipient',
  description: "The recipient's opt-in state, normalised (P2, U5).",
  compute: ({ recipient }) => {
    const c = recipient!.consent;
    const status = c?.status ?? 'none';
    const method = c?.method ?? null;
    const confirmed = status === 'confirmed';
    return {
      status,
      method,
      confirmed,
      acceptable: confirmed && method !== 'single-opt-in',
      unsubscribed: recipient!.unsubscribedAt !== undefined,
      unsubscribedAt: recipient!.unsubscribedAt?.toISOString() ?? null,
    };
  },
};
