// A zod schema compiled into one plain function for the per-recipient hot path: the same accepted
// inputs and the same output at a fraction of zod's cost (zod builds a payload object, an issue
// list and a check run for every field of every record; date fields are read by the
// caller's known parser, `readDateInput`, which accepts exactly what DateInputSchema accepts).
// The schema stays the single source: the code is generated from its
// definition, and every kind of node or check not known here makes `compileSchema` answer null,
// so the caller keeps using zod itself. So does a runtime that forbids `new Function` (a strict
// Content-Security-Policy): zod's own object parser makes the same choice.
//
// Only success is fast. A rejected input comes back as REJECTED and the caller asks zod, which
// names every bad field; should zod accept it after all, zod's answer is used. A gap here can cost
// speed, never a wrong rejection. test/model/compile-schema.test.ts holds the accepted set and the
// output (keys, their order, undefined values, Dates) equal to zod's over generated records.
import type * as z from 'zod';
import { canGenerateCode } from './code-generation.js';

export const REJECTED: unique symbol = Symbol('rejected');

/** The parsed value, or REJECTED. */
export type CompiledParser = (input: unknown) => unknown;

interface CheckDef {
  readonly check: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly tx?: (v: unknown) => unknown;
  readonly when?: (payload: { value: unknown; issues: unknown[] }) => boolean;
}

interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly shape?: Readonly<Record<string, Node>>;
  readonly catchall?: unknown;
  readonly innerType?: Node;
  readonly element?: Node;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly fn?: (v: unknown) => unknown;
  readonly coerce?: boolean;
}

interface Node {
  readonly _zod: { readonly def: Def; readonly optin?: string; readonly optout?: string };
}

/** Code points of a string, a surrogate pair counted once, as zod's length checks count. */
const codePoints = (s: string): number => {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
};

/** A string or number check as a predicate; null for a check not known here. */
const predicate = (c: CheckDef): ((v: never) => boolean) | null => {
  const test = ((): ((v: never) => boolean) | null => {
    switch (c.check) {
      // Counted in code points only where UTF-16 units leave it open (a code point is one or two).
      case 'min_length':
        return (v: string) => v.length >= 2 * c.minimum! || (v.length >= c.minimum! && codePoints(v) >= c.minimum!);
      case 'max_length':
        return (v: string) => v.length <= c.maximum! || codePoints(v) <= c.maximum!;
      case 'greater_than':
        return c.inclusive ? (v: number) => v >= c.value! : (v: number) => v > c.value!;
      case 'less_than':
        return c.inclusive ? (v: number) => v <= c.value! : (v: number) => v < c.value!;
      case 'number_format':
        return c.format === 'safeint' ? (v: number) => Number.isSafeInteger(v) : null;
      default:
        return null;
    }
  })();
  // zod runs a check that has a `when` (its length checks do) only where `when` says so.
  const when = c.when;
  if (test === null || when === undefined) return test;
  return (v: never) => !when({ value: v, issues: [] }) || test(v);
};

/**
 * Schemas whose parse is already written as a plain function (the value, or REJECTED): a node
 * found here (by identity) is one call instead of its generated check and overwrite steps.
 */
export type KnownParsers = ReadonlyMap<unknown, (input: unknown) => unknown>;

/** Generated code and the values it refers to (`E[i]`): functions, sets, never source text. */
class Emitter {
  constructor(readonly known: KnownParsers) {}
  readonly refs: unknown[] = [];
  private names = 0;
  ref(value: unknown): string {
    this.refs.push(value);
    return `E[${this.refs.length - 1}]`;
  }
  name(): string {
    return `v${this.names++}`;
  }
}

const NOT_OBJECT = (a: string) => `typeof ${a} !== 'object' || ${a} === null || Array.isArray(${a})`;

/** Code that parses the value in variable `a` into variable `b`, or returns REJECTED; null when unsupported. */
const emit = (node: Node, a: string, b: string, e: Emitter): string | null => {
  const known = e.known.get(node);
  if (known !== undefined) return `${b} = ${e.ref(known)}(${a}); if (${b} === R) return R;`;
  const def = node._zod.def;
  if (def.coerce) return null;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  switch (def.type) {
    case 'string':
    case 'number': {
      const tests: string[] = [];
      for (const c of checks) {
        const p = predicate(c);
        if (p === null) return null;
        tests.push(`!${e.ref(p)}(${a})`);
      }
      const type = def.type === 'string' ? `typeof ${a} !== 'string'` : `typeof ${a} !== 'number' || !Number.isFinite(${a})`;
      return `if (${[type, ...tests].join(' || ')}) return R; ${b} = ${a};`;
    }
    case 'boolean':
      return checks.length ? null : `if (typeof ${a} !== 'boolean') return R; ${b} = ${a};`;
    case 'enum': {
      if (checks.length) return null;
      const values = Object.values(def.entries ?? {});
      // A few strings are compared one by one (constants in the code: mostly a pointer compare);
      // anything else through a Set, whose SameValueZero is the enum's own test.
      const test =
        values.length <= 16 && values.every((v) => typeof v === 'string')
          ? values.map((v) => `${a} !== ${JSON.stringify(v)}`).join(' && ') || 'true'
          : `!${e.ref(new Set(values))}.has(${a})`;
      return `if (${test}) return R; ${b} = ${a};`;
    }
    case 'custom': {
      // z.custom(fn) runs fn as its own first check, then its checks: here only overwrites.
      if (def.fn === undefined) return null;
      const steps = [`if (!${e.ref(def.fn)}(${a})) return R; ${b} = ${a};`];
      for (const c of checks) {
        if (c.check !== 'overwrite' || c.tx === undefined || c.when !== undefined) return null;
        steps.push(`${b} = ${e.ref(c.tx)}(${b});`);
      }
      return steps.join(' ');
    }
    case 'optional': {
      const inner = checks.length ? null : emit(def.innerType!, a, b, e);
      return inner && `if (${a} === undefined) ${b} = undefined; else { ${inner} }`;
    }
    case 'array': {
      if (checks.length) return null;
      const [i, x, y] = [e.name(), e.name(), e.name()];
      const inner = emit(def.element!, x, y, e);
      return inner && `if (!Array.isArray(${a})) return R; ${b} = new Array(${a}.length);
for (let ${i} = 0; ${i} < ${a}.length; ${i}++) { const ${x} = ${a}[${i}]; let ${y}; ${inner} ${b}[${i}] = ${y}; }`;
    }
    case 'object':
      return emitObject(def, a, b, e);
    default:
      return null;
  }
};

/**
 * A strip-mode object: keys in shape order, unknown keys dropped, as zod builds its output. As in
 * zod, each value is read once and the key counts as present when `key in input` (inherited
 * included); an optional key is kept when present, even with the value undefined. `in` is asked
 * only when the value read undefined: a value found means the key is there. (Only a Proxy whose
 * `has` denies a key its `get` answers could tell the difference; zod would reject it as missing.)
 */
const emitObject = (def: Def, a: string, b: string, e: Emitter): string | null => {
  if (def.catchall !== undefined || def.checks?.length) return null;
  const parts = [`if (${NOT_OBJECT(a)}) return R; ${b} = {};`];
  for (const key of Object.keys(def.shape ?? {})) {
    if (key === '__proto__') return null;
    const node = def.shape![key]!;
    const { optin, optout } = node._zod;
    const optional = optin === 'optional' && optout === 'optional';
    if (!optional && (optin !== undefined || optout !== undefined)) return null;
    const [x, y] = [e.name(), e.name()];
    const inner = emit(node, x, y, e);
    if (inner === null) return null;
    const k = JSON.stringify(key);
    // A value other than undefined was found, so the key is there: `in` is asked only for undefined.
    const present = `(${x} !== undefined || ${k} in ${a})`;
    const store = optional ? `if ${present} ${b}[${k}] = ${y};` : `if (!${present}) return R; ${b}[${k}] = ${y};`;
    parts.push(`{ const ${x} = ${a}[${k}]; let ${y}; ${inner} ${store} }`);
  }
  return parts.join('\n');
};

/**
 * The schema as one function, or null when it uses anything not compiled here or `new Function`
 * is not allowed. `known` must parse exactly as the schemas it maps (their own tests hold that).
 */
export const compileSchema = (schema: z.ZodType, known: KnownParsers = new Map()): CompiledParser | null => {
  const e = new Emitter(known);
  const body = emit(schema as unknown as Node, 'input', 'out', e);
  if (body === null || !canGenerateCode()) return null;
  try {
    const make = new Function('E', 'R', `return function compiledSchema(input) { let out; ${body}\nreturn out; };`);
    return make(e.refs, REJECTED) as CompiledParser;
  } catch {
    return null;
  }
};
