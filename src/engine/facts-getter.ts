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
