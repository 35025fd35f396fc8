import type { FactDefinition } from '../types.js';
import { dayOrNull } from '../clock.js';
import { resubscribed } from './resubscribed.js';

export interface UnsubscriptionFacts {
  readonly unsubscribedAt: string | null;
  /** A double opt-in confirmed after the unsubscribe: the recipient came back and consented anew. */
  readonly resubscribed: boolean;
  /** Unsubscribed and not come back: no more list mail (P2). */
  readonly optedOut: boolean;
}

export const unsubscription: FactDefinition<UnsubscriptionFacts> = {
  name: 'unsubscription',
  scope: 'recipient',
  description: 'Whether the recipient unsubscribed and has not confirmed a new opt-in since (P2).',
  compute: ({ recipient }) => {
    const at = recipient!.unsubscribedAt;
    const back = resubscribed(recipient!);
    return { unsubscribedAt: dayOrNull(at), resubscribed: back, optedOut: at !== undefined && !back };
  },
};
