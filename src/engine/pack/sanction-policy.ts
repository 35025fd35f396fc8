import type { Intervention, Locale, Sanction, SendingHistory, Violation } from '../../model/index.js';

/** What a pack's sanction policy decides from: its own violations of one send, and the history. */
export interface SanctionPolicyInput {
  /** The violations of the pack's rules in this send (and the library's findings filed with it). */
  readonly violations: readonly Violation[];
  readonly history: SendingHistory;
  readonly now: Date;
  readonly locale: Locale;
  /** The policy's `sanctions` options, as given to createPolicy (the pack defines what they mean). */
  readonly options: Readonly<Record<string, unknown>>;
}

export interface SanctionDecision {
  readonly sanction: Sanction;
  readonly interventions: Intervention[];
}

/** A pack's rules for turning violations into a suggested sanction: pure and synchronous. */
export type SanctionPolicy = (input: SanctionPolicyInput) => SanctionDecision;
