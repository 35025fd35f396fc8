// The operators of json-rules-engine 7, with its exact semantics (a fact value that fails an
// operator's validator makes the condition false), plus its decorators ("not:in", "someFact:equal").

export type OperatorFn = (factValue: any, ruleValue: any) => boolean;

interface Operator {
  readonly cb: OperatorFn;
  /** The fact values it compares (json-rules-engine's validator): others make the condition false. */
  readonly accepts?: (factValue: unknown) => boolean;
  /** The rule values it can read without throwing: others make the condition false. */
  readonly takes?: (ruleValue: unknown) => boolean;
}

/** A type of value an operator declares, for the load-time check of a rule's literal values. */
export interface ValueType {
  /** "an array", "a number" … for messages. */
  readonly name: string;
  readonly test: (v: unknown) => boolean;
}

/** What an operator compares: the fact value and the rule value; null: any value. */
export interface OperatorTypes {
  readonly fact: ValueType | null;
  readonly value: ValueType | null;
}

// json-rules-engine's validator: parseFloat of the value is a number. For a number that is every
// value but NaN (parseFloat(String(n))), and for undefined, null and booleans none ("undefined",
// "null", "true" and "false" parse to NaN): answered without the string round trip, as these
// are most of what recipient rules compare (a count or a clock the record does not have).
export const isNumberLike = (v: unknown): boolean => {
  if (typeof v === 'number') return !Number.isNaN(v);
  if (v === undefined || v === null || typeof v === 'boolean') return false;
  return !Number.isNaN(Number.parseFloat(v as string));
};

// `in` reads the rule value's indexOf: an array, or (as json-rules-engine lets it) a string.
// Anything else threw at check time (a fact reference to a number, an option set to 5).
export const isListLike = (v: unknown): boolean => Array.isArray(v) || typeof v === 'string';

const LIST: ValueType = { name: 'an array', test: Array.isArray };
// The numeric operators compare with < and >, which never throw: their rule value may be any
// value (an ISO date string compares as text). Their fact must read as a number.
const NUMBER_LIKE: ValueType = { name: 'a number (or a string that starts with one)', test: isNumberLike };

/** Declared types of the built-in operators (decorators derive theirs, see operatorTypes). */
const builtinTypes: ReadonlyMap<string, OperatorTypes> = new Map([
  ['equal', { fact: null, value: null }],
  ['notEqual', { fact: null, value: null }],
  ['in', { fact: null, value: LIST }],
  ['notIn', { fact: null, value: LIST }],
  ['contains', { fact: LIST, value: null }],
  ['doesNotContain', { fact: LIST, value: null }],
  ['lessThan', { fact: NUMBER_LIKE, value: null }],
  ['lessThanInclusive', { fact: NUMBER_LIKE, value: null }],
  ['greaterThan', { fact: NUMBER_LIKE, value: null }],
  ['greaterThanInclusive', { fact: NUMBER_LIKE, value: null }],
]);

export const builtinOperators: ReadonlyMap<string, Operator> = new Map<string, Operator>([
  ['equal', { cb: (a, b) => a === b }],
  ['notEqual', { cb: (a, b) => a !== b }],
  ['in', { cb: (a, b) => b.indexOf(a) > -1, takes: isListLike }],
  ['notIn', { cb: (a, b) => b.indexOf(a) === -1, takes: isListLike }],
  ['contains', { cb: (a, b) => a.indexOf(b) > -1, accepts: Array.isArray }],
  ['doesNotContain', { cb: (a, b) => a.indexOf(b) === -1, accepts: Array.isArray }],
  ['lessThan', { cb: (a, b) => a < b, accepts: isNumberLike }],
  ['lessThanInclusive', { cb: (a, b) => a <= b, accepts: isNumberLike }],
  ['greaterThan', { cb: (a, b) => a > b, accepts: isNumberLike }],
  ['greaterThanInclusive', { cb: (a, b) => a >= b, accepts: isNumberLike }],
]);

type Decorator = (factValue: any, ruleValue: any, next: OperatorFn) => boolean;

const decorators: ReadonlyMap<string, { cb: Decorator; accepts?: (v: unknown) => boolean; takes?: (v: unknown) => boolean }> = new Map([
  ['not', { cb: (f: unknown, j: unknown, next: OperatorFn) => !next(f, j) }],
  ['someFact', { cb: (f: any[], j: unknown, next: OperatorFn) => f.some((fv) => next(fv, j)), accepts: Array.isArray }],
  ['everyFact', { cb: (f: any[], j: unknown, next: OperatorFn) => f.every((fv) => next(fv, j)), accepts: Array.isArray }],
  ['someValue', { cb: (f: unknown, j: any[], next: OperatorFn) => j.some((jv) => next(f, jv)), takes: Array.isArray }],
  ['everyValue', { cb: (f: unknown, j: any[], next: OperatorFn) => j.every((jv) => next(f, jv)), takes: Array.isArray }],
  ['swap', { cb: (f: unknown, j: unknown, next: OperatorFn) => next(j, f) }],
] as const);

/** The decorator names ("not" of "not:equal" …), in the order load errors list them. */
export const decoratorNames: readonly string[] = [...decorators.keys()];

const guarded = (op: Operator): OperatorFn => {
  const { cb, accepts, takes } = op;
  if (accepts && takes) return (f, j) => accepts(f) && takes(j) && cb(f, j);
  if (accepts) return (f, j) => accepts(f) && cb(f, j);
  if (takes) return (f, j) => takes(j) && cb(f, j);
  return cb;
};

const arrayOf = (t: ValueType | null): ValueType =>
  t === null ? LIST : { name: `an array of values each ${t.name}`, test: (v) => Array.isArray(v) && v.every(t.test) };

/**
 * The declared fact and rule value types of an operator, decorators included (someValue takes
 * an array of what its operator takes, swap exchanges the two …); custom operators take any
 * value. Undefined when the operator is unknown.
 */
export const operatorTypes = (name: string, custom: ReadonlyMap<string, OperatorFn> = new Map()): OperatorTypes | undefined => {
  if (custom.has(name)) return { fact: null, value: null };
  const base = builtinTypes.get(name);
  if (base) return base;
  const colon = name.indexOf(':');
  if (colon < 0) return undefined;
  const deco = name.slice(0, colon);
  const inner = decorators.has(deco) ? operatorTypes(name.slice(colon + 1), custom) : undefined;
  if (!inner) return undefined;
  switch (deco) {
    case 'someFact':
    case 'everyFact':
      return { fact: LIST, value: inner.value };
    case 'someValue':
    case 'everyValue':
      return { fact: inner.fact, value: arrayOf(inner.value) };
    case 'swap':
      return { fact: inner.value, value: inner.fact };
    default:
      return inner;
  }
};

/**
 * Resolves an operator name, decorators included, to one function; undefined when unknown.
 * `custom` operators are taken as they are (no validator), as json-rules-engine's addOperator does.
 */
export const resolveOperator = (
  name: string,
  custom: ReadonlyMap<string, OperatorFn> = new Map(),
): OperatorFn | undefined => {
  const own = custom.get(name);
  if (own) return own;
  const base = builtinOperators.get(name);
  if (base) return guarded(base);
  const colon = name.indexOf(':');
  if (colon < 0) return undefined;
  const decorator = decorators.get(name.slice(0, colon));
  const inner = resolveOperator(name.slice(colon + 1), custom);
  if (!decorator || !inner) return undefined;
  return guarded({ cb: (f, j) => decorator.cb(f, j, inner), accepts: decorator.accepts, takes: decorator.takes });
};
