import type { FactDefinition } from '../types.js';
import { percentOf } from './percent-of.js';

export interface ComplaintRateFacts {
  /** Spam complaints plus abuse reports in the window: both are a recipient saying "unwanted" (M2). */
  readonly complaints: number;
  readonly abuseReports: number;
  /** The denominator: `window.delivered`, or sent − hard bounces when delivered is not given. */
  readonly delivered: number | null;
  readonly deliveredEstimated: boolean;
  /** complaints / delivered × 100; null without a window or with nothing delivered. */
  readonly percent: number | null;
  readonly windowDays: number | null;
}

export const complaintRate: FactDefinition<ComplaintRateFacts> = {
  name: 'complaintRate',
  scope: 'history',
  description: 'Complaint rate over the history window: (complaints + abuse reports) / delivered, in percent (M2).',
  compute: ({ history }) => {
    const w = history.window;
    const complaints = (w?.complaints ?? 0) + (w?.abuseReports ?? 0);
    const estimated = w !== undefined && w.delivered === undefined;
    const delivered = w === undefined ? null : (w.delivered ?? Math.max(0, w.sent - (w.hardBounces ?? 0)));
    return {
      complaints,
      abuseReports: w?.abuseReports ?? 0,
      delivered,
      deliveredEstimated: estimated,
      percent: delivered === null ? null : percentOf(complaints, delivered),
      windowDays: w?.days ?? null,
    };
  },
};
