import type { FactDefinition } from '../types.js';
import { percentOf } from './percent-of.js';

export interface DeferralRateFacts {
  /** Temporary refusals (4xx deferrals, blocks) by receiving providers in the window (M5). */
  readonly deferrals: number;
  readonly sent: number | null;
  /** deferrals / sent × 100; null without a window or with nothing sent. */
  readonly percent: number | null;
  readonly windowDays: number | null;
}

export const deferralRate: FactDefinition<DeferralRateFacts> = {
  name: 'deferralRate',
  scope: 'history',
  description: 'Deferral rate over the history window: deferrals / sent, in percent (M5).',
  compute: ({ history }) => {
    const w = history.window;
    const deferrals = w?.deferrals ?? 0;
    return {
      deferrals,
      sent: w?.sent ?? null,
      percent: w === undefined ? null : percentOf(deferrals, w.sent),
      windowDays: w?.days ?? null,
    };
  },
};
