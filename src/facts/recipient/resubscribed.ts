import type { Recipient } from '../../model/index.js';

/**
 * Unsubscribed, then a double opt-in confirmed after it: the recipient came back and consented
 * anew, so the unsubscribe no longer bars mail (unsubscription) nor counts against the 48 hours
 * to honour it (unsubscribeDelay).
 */
export const resubscribed = (recipient: Recipient): boolean => {
  const at = recipient.unsubscribedAt;
  const confirmedAt = recipient.consent?.status === 'confirmed' ? recipient.consent.confirmedAt : undefined;
  return at !== undefined && confirmedAt !== undefined && confirmedAt.getTime() > at.getTime();
};
