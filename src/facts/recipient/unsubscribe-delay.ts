// Gmail and Yahoo: honour an unsubscribe within 48 hours (2 days). A recipient who unsubscribed
// and did not opt in again since, mailed now: how many hours after the request.
import type { Recipient } from '../../model/index.js';
import { resubscribed } from './resubscribed.js';

export interface UnsubscribeDelayFacts {
  /** Hours from the unsubscribe to `now`, for a recipient still opted out; null otherwise. */
  readonly hours: number | null;
  readonly unsubscribedAt: string | null;
}

export const unsubscribeDelay = (recipient: Recipient, now: Date): UnsubscribeDelayFacts => {
  const at = recipient.unsubscribedAt;
  if (at === undefined) return { hours: null, unsubscribedAt: null };
  if (resubscribed(recipient)) return { hours: null, unsubscribedAt: at.toISOString() };
  return { hours: Math.max(0, Math.floor((now.getTime() - at.getTime()) / 3_600_000)), unsubscribedAt: at.toISOString() };
};
