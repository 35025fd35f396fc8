import { blocklistings } from './history-blocklistings.js';
import { bounceRate } from './history-bounces.js';
import { complaintRate } from './history-complaints.js';
import { deferralRate } from './history-deferrals.js';
import { volumeSpike } from './history-volume.js';
import type { FactDefinition } from './types.js';
import { unsubscription } from './unsubscription.js';

/** The history facts the monitoring rules (M1–M5) read, and the recipient's unsubscribe state. */
export const monitoringFacts: readonly FactDefinition[] = [blocklistings, complaintRate, bounceRate, volumeSpike, deferralRate, unsubscription];
