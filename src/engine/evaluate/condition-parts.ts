// Reading a condition tree the way json-rules-engine does, shared by the compiled closures,
// the generated matchers and the explanations, so the three cannot drift apart.
import type { Condition } from '../pack/rule-schema.js';

export type FactRef = { fact: string; path?: string };

/** A condition value that names a fact (`{ "fact": "options", "path": "$.n" }`, `{ "fact": "history" }`). */
export const isFactRef = (v: unknown): v is FactRef =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, 'fact');

// json-rules-engine evaluates `all` and `any` members in priority order (highest first) and
// stops at the first decisive result; equal priorities keep their written order.
export const byPriority = (cs: readonly Condition[]): Condition[] =>
  cs
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (b.c.priority ?? 1) - (a.c.priority ?? 1) || a.i - b.i)
    .map(({ c }) => c);
