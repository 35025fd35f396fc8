// Names that reach Object.prototype when used as a property key. Rule ids, fact and operator
// names, condition paths, option and condition names become property keys at run time (fact
// caches, option objects, JSONPath reads), so a pack naming one of them is rejected at load
// time with code `forbidden-key` rather than trusted to every later reader.

export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const isForbiddenKey = (key: string): boolean => forbiddenKeys.has(key);

// One character class under one quantifier: linear on any input.
const WORD = /[A-Za-z0-9_$]+/g;

/** True when a dotted name, a rule id or a JSONPath names a forbidden key as one of its parts. */
export const hasForbiddenPart = (text: string): boolean => (text.match(WORD) ?? []).some(isForbiddenKey);

/**
 * JSON pointers of every own key named like a forbidden key anywhere in a parsed value
 * (JSON.parse keeps `"__proto__"` as an own key). Cycles are skipped.
 */
export const forbiddenKeyPointers = (value: unknown, at = '', seen = new Set<object>()): string[] => {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  for (const key of Object.keys(value)) {
    const here = `${at}/${escapePointer(key)}`;
    if (isForbiddenKey(key)) out.push(here);
    out.push(...forbiddenKeyPointers((value as Record<string, unknown>)[key], here, seen));
  }
  return out;
};

export const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** A copy of plain objects and arrays without forbidden keys, so the rest of a bad pack can still be checked. */
export const withoutForbiddenKeys = (value: unknown, seen = new Map<object, unknown>()): unknown => {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const x of value) out.push(withoutForbiddenKeys(x, seen));
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const key of Object.keys(value)) if (!isForbiddenKey(key)) out[key] = withoutForbiddenKeys((value as Record<string, unknown>)[key], seen);
  return out;
};
