import type { Report, Violation } from '../model/index.js';
import { CAMPAIGN_STOPPING } from '../model/index.js';

/**
 * The send's verdict from message- and history-level violations: 'hold' when one is prohibited
 * (the ladder pauses the campaign, S6) or its rule suggests stopping the send (S2/S3, e.g. a
 * listing on a major blocklist), so the verdict and the suggested sanction tell one story
 * (docs/sanctions.md); 'fix' for any other undesired one; else 'send'. Recipient-level
 * violations only exclude their recipients: a recipient rule cannot suggest stopping the send
 * (the pack check rejects it).
 */
export const sendVerdict = (violations: readonly Violation[]): Report['verdict'] =>
  violations.some((v) => v.severity === 'prohibited' || (v.scope !== 'recipient' && CAMPAIGN_STOPPING.has(v.sanction)))
    ? 'hold'
    : violations.some((v) => v.severity === 'undesired')
      ? 'fix'
      : 'send';

/** A recipient is excluded for any undesired or prohibited breach of its own, or when the send is held. */
export const recipientVerdict = (own: readonly Violation[], held: boolean): 'send' | 'exclude' =>
  held || own.some((v) => v.severity !== 'advisory') ? 'exclude' : 'send';
