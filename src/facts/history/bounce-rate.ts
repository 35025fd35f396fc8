import type { FactDefinition } from '../types.js';
import { percentOf } from './percent-of.js';

export interface BounceRateFacts {
  readonly hardBounces: number;
  readonly sent: number | null;
  /** hard bounces / sent × 100 over the window; null without a window or with nothing sent (M3). */
  readonly percent: number | null;
  readonly windowDays: number | null;
}

export const bounceRate: FactDefinition<BounceRateFacts> = {
  name: 'bounceRate',
  scope: 'history',
  description: 'Hard-bounce rate over the history window: hard bounces / sent, in percent (M3).',
  compute: ({ history }) => {
    const w = history.window;
    const hardBounces = w?.hardBounces ?? 0;
    return {
      hardBounces,
      sent: w?.sent ?? null,
      percent: w === undefined ? null : percentOf(hardBounces, w.sent),
      windowDays: w?.days ?? null,
    };
  },
};
