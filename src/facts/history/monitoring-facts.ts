import { blocklistings } from './blocklistings.js';
import { bounceRate } from './bounce-rate.js';
import { complaintRate } from './complaint-rate.js';
import { deferralRate } from './deferral-rate.js';
import { volumeSpike } from './volume-spike.js';
import type { FactDefinition } from '../types.js';
import { unsubscription } from '../recipient/unsubscription.js';

/** The history facts the monitoring rules (M1–M5) read, and the recipient's unsubscribe state. */
export const monitoringFacts: readonly FactDefinition[] = [blocklistings, complaintRate, bounceRate, volumeSpike, deferralRate, unsubscription];
