// A condition path checked against the schema of its fact's value (FactDefinition.schema), so
// `"$.inBdy"` is an error naming the field meant, not a rule that silently never fires; and
// `"inBody"` (no `$.`), which JSONPath happens to read but whose evidence key comes out mangled
// ("unsubscribenBody"), is one too. Only simple paths (`$.a.b[0]`) are walked; a JSONPath expression and a
// fact without a schema are taken as written.
import type { ZodType } from 'zod';
import { closestField } from '../../model/index.js';
import { simplePathSegments } from '../evaluate/compile-path.js';

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def?: Def } } | null)?._zod?.def;

/** The schema a value of `s` has once optional, nullable, default, lazy and pipe wrappers are off. */
const unwrap = (s: ZodType, depth = 0): ZodType => {
  const def = defOf(s);
  if (!def || depth > 20) return s;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return unwrap(def.innerType as ZodType, depth + 1);
    case 'lazy':
      return unwrap((def.getter as () => ZodType)(), depth + 1);
    case 'pipe': {
      // A transform's output has no schema: the input's shape is the best known.
      const out = def.out as ZodType;
      return unwrap(defOf(out)?.type === 'transform' ? (def.in as ZodType) : out, depth + 1);
    }
    default:
      return s;
  }
};

type Step = { ok: true; next: ZodType | null } | { ok: false; known: string[]; kind: string };

/** One key into a schema: the schema of what it reads (null: anything), or what keys there are. */
const step = (schema: ZodType, key: string, index: boolean): Step => {
  const s = unwrap(schema);
  const def = defOf(s);
  if (!def) return { ok: true, next: null };
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, ZodType>;
      if (!index && Object.prototype.hasOwnProperty.call(shape, key)) return { ok: true, next: shape[key]! };
      const rest = def.catchall as ZodType | undefined;
      if (rest && defOf(rest)?.type !== 'never') return { ok: true, next: rest };
      return { ok: false, known: Object.keys(shape), kind: 'an object' };
    }
    case 'array':
      if (index) return { ok: true, next: def.element as ZodType };
      if (key === 'length') return { ok: true, next: null };
      return { ok: false, known: ['length'], kind: 'an array (read an element with [0])' };
    case 'tuple':
      return index ? { ok: true, next: ((def.items as ZodType[])[Number(key)] ?? null) } : { ok: false, known: ['length'], kind: 'an array' };
    case 'record':
      return { ok: true, next: def.valueType as ZodType };
    case 'union': {
      const tries = (def.options as ZodType[]).map((o) => step(o, key, index));
      const hit = tries.find((t) => t.ok);
      if (hit) return tries.filter((t) => t.ok).length === 1 ? hit : { ok: true, next: null };
      return { ok: false, known: [...new Set(tries.flatMap((t) => (t.ok ? [] : t.known)))], kind: 'a value' };
    }
    case 'intersection': {
      const l = step(def.left as ZodType, key, index);
      return l.ok ? l : step(def.right as ZodType, key, index);
    }
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'enum':
    case 'literal':
    case 'date':
    case 'null':
    case 'undefined':
      return { ok: false, known: [], kind: def.type === 'enum' || def.type === 'literal' ? 'a fixed value' : `a ${def.type}` };
    default:
      return { ok: true, next: null }; // unknown, any, custom …: anything goes
  }
};

const render = (keys: readonly string[], indexes: readonly boolean[]): string =>
  `$${keys.map((k, i) => (indexes[i] ? `[${k}]` : `.${k}`)).join('')}`;

/** Whether a simple path walks the schema; the problem (with the path meant, when one is close) if not. */
const walk = (schema: ZodType, segs: readonly { key: string; index: boolean }[]): { ok: true } | { ok: false; message: string; suggestion: string | null } => {
  let cur: ZodType | null = schema;
  for (let i = 0; i < segs.length && cur; i++) {
    const r = step(cur, segs[i]!.key, segs[i]!.index);
    if (r.ok) {
      cur = r.next;
      continue;
    }
    const near = r.known.length > 0 ? closestField(segs[i]!.key, r.known) : null;
    const keys = segs.map((s) => s.key);
    const indexes = segs.map((s) => s.index);
    const suggestion = near === null ? null : render([...keys.slice(0, i), near, ...keys.slice(i + 1)], [...indexes.slice(0, i), false, ...indexes.slice(i + 1)]);
    const at = render(keys.slice(0, i), indexes.slice(0, i));
    const fields = r.known.length > 0 ? `; ${at === '$' ? 'its' : `${at} has`} fields ${r.known.slice(0, 12).join(', ')}${r.known.length > 12 ? ', …' : ''}` : '';
    return { ok: false, message: `${at === '$' ? 'the value' : at} is ${r.kind}, with no field "${segs[i]!.key}"${fields}`, suggestion };
  }
  return { ok: true };
};

/**
 * The problem with `path` into fact `fact` whose value has `schema` (null: none): a path that
 * does not start with `$`, or that names a field the value does not have. The message ends with
 * "did you mean …" when a close path exists.
 */
export const pathProblem = (fact: string, path: string, schema: ZodType | undefined): string | null => {
  if (!path.startsWith('$')) {
    const meant = `$.${path.replace(/^\.+/, '')}`;
    const segs = schema ? simplePathSegments(meant) : null;
    const fixed = schema && segs ? walk(schema, segs) : null;
    const suggestion = fixed === null || fixed.ok ? meant : fixed.suggestion;
    return `path "${path}" of fact "${fact}" does not start with "$" (paths are JSONPath from the fact's root, \`$\`)${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
  }
  const segs = schema ? simplePathSegments(path) : null;
  if (!schema || !segs) return null;
  const r = walk(schema, segs);
  if (r.ok) return null;
  return `path "${path}" names no value of fact "${fact}": ${r.message}${r.suggestion ? `; did you mean "${r.suggestion}"?` : ''}`;
};
