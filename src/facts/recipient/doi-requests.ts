import type { FactDefinition } from '../types.js';
import { later } from '../clock.js';

export interface DoiRequestFacts {
  /** DOI confirmation mails sent to the address, as the record gives them (`doiRequestsSent`). */
  readonly sentTotal: number | null;
  /**
   * Those that belong to the current sign-up (A2, "Double Opt In Bestätigungsmails (einmalig)":
   * once per sign-up). 0 when the record shows that the current sign-up began after the address
   * last heard from the customer (its unsubscribe or its last mail): the requests counted belong
   * to an earlier sign-up. Otherwise every request counted is taken as this sign-up's.
   */
  readonly sentThisSignup: number | null;
  /** When the current sign-up began: the later of `signup.at` and `consent.requestedAt`; ISO or null. */
  readonly signupAt: string | null;
}

export const doiRequests: FactDefinition<DoiRequestFacts> = {
  name: 'doiRequests',
  scope: 'recipient',
  description:
    'DOI confirmation requests of the current sign-up: requests counted before a sign-up that began after the unsubscribe or the last mail belong to an earlier sign-up (A2, once per sign-up).',
  compute: ({ recipient }) => {
    const r = recipient!;
    const total = r.doiRequestsSent ?? null;
    const signupAt = later(r.signup?.at, r.consent?.requestedAt);
    const before = later(r.unsubscribedAt, r.lastSentAt);
    const fresh = total !== null && signupAt !== undefined && before !== undefined && signupAt.getTime() > before.getTime();
    return { sentTotal: total, sentThisSignup: fresh ? 0 : total, signupAt: signupAt === undefined ? null : signupAt.toISOString() };
  },
};
