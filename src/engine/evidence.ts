import type { CompiledCondition, ConditionTrace, FactGetter } from './compile.js';
import { compilePath } from './path.js';

/**
 * The evidence of a rule that fired: every fact value its conditions read (the same trace
 * `explain` shows), the option thresholds it compared against, and its extra evidence keys.
 */
export const collectEvidence = (
  test: CompiledCondition,
  get: FactGetter,
  options: Readonly<Record<string, unknown>>,
  extraKeys: readonly string[],
): { evidence: Record<string, unknown>; trace: ConditionTrace[] } => {
  const trace: ConditionTrace[] = [];
  test(get, trace);
  const evidence: Record<string, unknown> = Object.create(null);
  for (const t of trace) evidence[t.key] = t.actual;
  for (const [name, value] of Object.entries(options)) evidence[`options.${name}`] = value;
  for (const key of extraKeys) {
    const dot = key.indexOf('.');
    const fact = dot < 0 ? key : key.slice(0, dot);
    evidence[key] = compilePath(dot < 0 ? undefined : `$${key.slice(dot)}`)(get(fact));
  }
  return { evidence: { ...evidence }, trace };
};
