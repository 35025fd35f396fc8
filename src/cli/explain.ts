import type { Locale, Violation } from '../model/index.js';
import { formatExplanation } from '../engine/index.js';
import type { Policy } from '../policy/index.js';

/**
 * `--explain`: each violation's condition trace (policy.explain), every condition with the
 * value read, the value compared against and whether it held. The trace's first line repeats
 * the violation's own row, so it is left out.
 */
export const explainer = (policy: Policy, locale: Locale) => (v: Violation): string[] =>
  formatExplanation(policy.explain(v), locale)
    .split('\n')
    .slice(1)
    .map((l) => l.replace(/^ {2}/, ''));
