import { JSONPath } from 'jsonpath-plus';

export type PathResolver = (value: unknown) => unknown;

const SIMPLE = /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*$/;
const KEYS = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;

/** Path segments of a simple path like `$.a.b[0]`; null for anything JSONPath-only. */
export const simplePathKeys = (path: string): string[] | null =>
  SIMPLE.test(path) ? [...path.matchAll(KEYS)].map((m) => m[1] ?? m[2]!) : null;

const own = (o: unknown, k: string): unknown =>
  o !== null && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, k)
    ? (o as Record<string, unknown>)[k]
    : undefined;

/**
 * Compiles a condition path the way json-rules-engine applies it: on an object fact the path is
 * resolved (JSONPath, here plain property reads for simple paths); any other fact value is
 * returned as it is.
 */
export const compilePath = (path: string | undefined): PathResolver => {
  if (!path) return (v) => v;
  const keys = simplePathKeys(path);
  const resolveObject: PathResolver = keys
    ? (v) => {
        let cur: unknown = v;
        for (const k of keys) cur = own(cur, k);
        return cur;
      }
    : (v) => JSONPath({ path, json: v as object, wrap: false });
  return (v) => (v !== null && typeof v === 'object' ? resolveObject(v) : v);
};

/** The evidence key of a fact read: `unsubscribe.inBody` for fact unsubscribe, path $.inBody. */
export const evidenceKey = (fact: string, path: string | undefined): string => {
  if (!path || path === '$') return fact;
  const keys = simplePathKeys(path);
  return keys ? [fact, ...keys].join('.') : `${fact}${path.slice(1)}`;
};
