import type { FactContext, FactDefinition } from '../../facts/index.js';
import type { FactGetter } from './compile-condition.js';
import { canGenerateCode } from '../../model/index.js';

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

/** A fact reader over one context of a scope, facts of other scopes read from `parent`. */
export type ScopedGetterFactory = (ctx: FactContext, parent: FactGetter) => FactGetter;

/**
 * Fact readers for many contexts of one scope (one per recipient), set up once per policy. Reads
 * as `factGetter(defs, ctx, parent, scope)`: each fact of the scope computed at most once per
 * context, on first read; facts of other scopes from `parent` (computed once for all contexts).
 *
 * The reader is generated: the scope's facts are variables of its closure and a read is one
 * `switch` on the name (fact names are string constants in the code, compared by identity), where
 * a Map of slots cost a hash lookup per read, and rules read a recipient's facts some twenty
 * times. Fact names enter the code as JSON string literals; definitions as values (`D[i]`).
 * Where `new Function` is not allowed, the same reader is built from a Map of slots.
 */
export const scopedFactGetters = (defs: ReadonlyMap<string, FactDefinition>, scope: FactDefinition['scope']): ScopedGetterFactory => {
  const own = [...defs.values()].filter((def) => def.scope === scope);
  return generatedGetters(own) ?? slotGetters(own);
};

const generatedGetters = (own: readonly FactDefinition[]): ScopedGetterFactory | null => {
  if (!canGenerateCode()) return null;
  const vars = own.map((_, i) => `v${i} = U`).join(', ');
  const cases = own.map((def, i) => `case ${JSON.stringify(def.name)}: return v${i} !== U ? v${i} : (v${i} = D[${i}].compute(ctx));`).join('\n');
  const body = `return function scopedGetter(ctx, parent) {${own.length ? ` let ${vars};` : ''}
  return (name) => { switch (name) {
${cases}
default: return parent(name); } }; };`;
  try {
    return new Function('D', 'U', body)(own, UNSET) as ScopedGetterFactory;
  } catch {
    return null;
  }
};

const slotGetters = (own: readonly FactDefinition[]): ScopedGetterFactory => {
  const slots = new Map(own.map((def, i) => [def.name, i]));
  return (ctx, parent) => {
    const values: unknown[] = new Array(own.length).fill(UNSET);
    return (name) => {
      const i = slots.get(name);
      if (i === undefined) return parent(name);
      const v = values[i];
      return v !== UNSET ? v : (values[i] = own[i]!.compute(ctx));
    };
  };
};
