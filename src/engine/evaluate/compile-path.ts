import { JSONPath } from 'jsonpath-plus';

export type PathResolver = (value: unknown) => unknown;

const SIMPLE = /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*$/;
const KEYS = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;

/** Path segments of a simple path like `$.a.b[0]`, each with whether it is a `[n]` index; null for anything JSONPath-only. */
export const simplePathSegments = (path: string): { key: string; index: boolean }[] | null =>
  SIMPLE.test(path) ? [...path.matchAll(KEYS)].map((m) => ({ key: m[1] ?? m[2]!, index: m[2] !== undefined })) : null;

/** Path segments of a simple path like `$.a.b[0]`; null for anything JSONPath-only. */
export const simplePathKeys = (path: string): string[] | null => simplePathSegments(path)?.map((s) => s.key) ?? null;

const own = (o: unknown, k: string): unknown =>
  o !== null && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, k)
    ? (o as Record<string, unknown>)[k]
    : undefined;

const identity: PathResolver = (v) => v;

const build = (path: string): PathResolver => {
  const keys = simplePathKeys(path);
  if (!keys) {
    // A JSONPath expression from a rule pack can throw on some fact values (`$.a[?(@.b.c)]`
    // where b is missing, `$[(@.length-1)]` on an object): the read then finds nothing, as a
    // missing value does, instead of crashing the check. Scripts run in jsonpath-plus's safe
    // evaluator (no assignment, no globals), stated here so a new default cannot loosen it.
    const read = (v: object): unknown => {
      try {
        return JSONPath({ path, json: v, wrap: false, eval: 'safe' });
      } catch {
        return undefined;
      }
    };
    return (v) => (v !== null && typeof v === 'object' ? read(v) : v);
  }
  // One and two keys cover nearly every rule path (`$.status`, `$.replyTo.domain`): no loop.
  if (keys.length === 1) {
    const a = keys[0]!;
    return (v) => (v !== null && typeof v === 'object' ? own(v, a) : v);
  }
  if (keys.length === 2) {
    const [a, b] = keys as [string, string];
    return (v) => (v !== null && typeof v === 'object' ? own(own(v, a), b) : v);
  }
  return (v) => {
    if (v === null || typeof v !== 'object') return v;
    let cur: unknown = v;
    for (const k of keys) cur = own(cur, k);
    return cur;
  };
};

// Paths come from rule packs: a small, fixed set. The cap only guards against a caller that
// makes paths up on the fly.
const compiled = new Map<string, PathResolver>();

/**
 * Compiles a condition path the way json-rules-engine applies it: on an object fact the path is
 * resolved (JSONPath, here plain property reads for simple paths); any other fact value is
 * returned as it is.
 */
export const compilePath = (path: string | undefined): PathResolver => {
  if (!path) return identity;
  let resolver = compiled.get(path);
  if (resolver === undefined) {
    resolver = build(path);
    if (compiled.size < 10_000) compiled.set(path, resolver);
  }
  return resolver;
};

/** The evidence key of a fact read: `unsubscribe.inBody` for fact unsubscribe, path $.inBody. */
export const evidenceKey = (fact: string, path: string | undefined): string => {
  if (!path || path === '$') return fact;
  const keys = simplePathKeys(path);
  return keys ? [fact, ...keys].join('.') : `${fact}${path.slice(1)}`;
};
