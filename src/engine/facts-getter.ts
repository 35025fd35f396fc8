import type { FactContext, FactDefinition } from '../facts/index.js';
import type { FactGetter } from './compile.js';

/** A memoising fact reader over one context: each fact is computed at most once, on first read. */
export const factGetter = (
  defs: ReadonlyMap<string, FactDefinition>,
  ctx: FactContext,
  parent?: FactGetter,
  scope?: FactDefinition['scope'],
): FactGetter => {
  const cache: Record<string, unknown> = Object.create(null);
  return (name) => {
    if (name in cache) return cache[name];
    const def = defs.get(name);
    if (def === undefined) return undefined;
    if (parent && def.scope !== scope) return parent(name);
    return (cache[name] = def.compute(ctx));
  };
};

const UNSET = Symbol('unset');

/**
 * Fact readers for many contexts of one scope (one per recipient), set up once: the scope's
 * facts get fixed slots, so a context costs one small array and each read one Map lookup,
 * instead of a dictionary-mode cache object per context. Facts of other scopes come from
 * `parent` (computed once for all contexts). Reads as `factGetter(defs, ctx, parent, scope)`.
 */
export const scopedFactGetters = (
  defs: ReadonlyMap<string, FactDefinition>,
  scope: FactDefinition['scope'],
  parent: FactGetter,
): ((ctx: FactContext) => FactGetter) => {
  const own: FactDefinition[] = [];
  const slots = new Map<string, number>();
  for (const def of defs.values()) {
    if (def.scope !== scope) continue;
    slots.set(def.name, own.length);
    own.push(def);
  }
  return (ctx) => {
    const values: unknown[] = new Array(own.length).fill(UNSET);
    return (name) => {
      const i = slots.get(name);
      if (i === undefined) return parent(name);
      const v = values[i];
      return v !== UNSET ? v : (values[i] = own[i]!.compute(ctx));
    };
  };
};
