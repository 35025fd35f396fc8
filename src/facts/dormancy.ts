import type { FactDefinition } from './types.js';
import { monthsBetween } from './clock.js';

export interface CampaignClockFacts {
  /** Months since the last mailing to the list (history.lastCampaignAt); null when unknown (U6). */
  readonly monthsSinceLastCampaign: number | null;
  readonly lastCampaignAt: string | null;
}

export interface RecipientClockFacts {
  /** Months since this recipient was last mailed (recipient.lastSentAt); null when unknown (U6). */
  readonly monthsSinceLastSent: number | null;
  readonly lastSentAt: string | null;
}

export const campaignClock: FactDefinition<CampaignClockFacts> = {
  name: 'campaignClock',
  scope: 'history',
  description: 'Months since the last mailing to the list (U6).',
  compute: ({ history, now }) => ({
    monthsSinceLastCampaign: monthsBetween(history.lastCampaignAt, now),
    lastCampaignAt: history.lastCampaignAt?.toISOString() ?? null,
  }),
};

export const recipientClock: FactDefinition<RecipientClockFacts> = {
  name: 'recipientClock',
  scope: 'recipient',
  description: 'Months since this recipient was last mailed (U6).',
  compute: ({ recipient, now }) => ({
    monthsSinceLastSent: monthsBetween(recipient!.lastSentAt, now),
    lastSentAt: recipient!.lastSentAt?.toISOString() ?? null,
  }),
};
