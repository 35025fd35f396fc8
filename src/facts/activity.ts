import type { FactDefinition } from './types.js';
import { latest, monthsBetween } from './clock.js';

export interface ActivityFacts {
  /** The last open or click; the opt-in confirmation for a recipient who never acted (U4). */
  readonly lastActiveAt: string | null;
  readonly basis: 'open' | 'click' | 'confirmation' | null;
  readonly monthsSinceActive: number | null;
}

export const activity: FactDefinition<ActivityFacts> = {
  name: 'activity',
  scope: 'recipient',
  description: 'Months since the last open or click (since the opt-in confirmation when never active).',
  compute: ({ recipient, now }) => {
    const r = recipient!;
    const acted = latest(r.lastOpenAt, r.lastClickAt);
    const at = acted ?? r.consent?.confirmedAt;
    const basis = acted ? (acted === r.lastClickAt ? 'click' : 'open') : at ? 'confirmation' : null;
    return { lastActiveAt: at?.toISOString() ?? null, basis, monthsSinceActive: monthsBetween(at, now) };
  },
};
