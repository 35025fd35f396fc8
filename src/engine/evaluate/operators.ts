// The operators of json-rules-engine 7, with its exact semantics (a fact value that fails an
// operator's validator makes the condition false), plus its decorators ("not:in", "someFact:equal").

export type OperatorFn = (factValue: any, ruleValue: any) => boolean;

interface Operator {
  readonly cb: OperatorFn;
  readonly accepts?: (factValue: unknown) => boolean;
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

export const builtinOperators: ReadonlyMap<string, Operator> = new Map<string, Operator>([
  ['equal', { cb: (a, b) => a === b }],
  ['notEqual', { cb: (a, b) => a !== b }],
  ['in', { cb: (a, b) => b.indexOf(a) > -1 }],
  ['notIn', { cb: (a, b) => b.indexOf(a) === -1 }],
  ['contains', { cb: (a, b) => a.indexOf(b) > -1, accepts: Array.isArray }],
  ['doesNotContain', { cb: (a, b) => a.indexOf(b) === -1, accepts: Array.isArray }],
  ['lessThan', { cb: (a, b) => a < b, accepts: isNumberLike }],
  ['lessThanInclusive', { cb: (a, b) => a <= b, accepts: isNumberLike }],
  ['greaterThan', { cb: (a, b) => a > b, accepts: isNumberLike }],
  ['greaterThanInclusive', { cb: (a, b) => a >= b, accepts: isNumberLike }],
]);

type Decorator = (factValue: any, ruleValue: any, next: OperatorFn) => boolean;

const decorators: ReadonlyMap<string, { cb: Decorator; accepts?: (v: unknown) => boolean }> = new Map([
  ['someFact', { cb: (f: any[], j: unknown, next: OperatorFn) => f.some((fv) => next(fv, j)), accepts: Array.isArray }],
  ['everyFact', { cb: (f: any[], j: unknown, next: OperatorFn) => f.every((fv) => next(fv, j)), accepts: Array.isArray }],
  ['someValue', { cb: (f: unknown, j: any[], next: OperatorFn) => j.some((jv) => next(f, jv)) }],
  ['everyValue', { cb: (f: unknown, j: any[], next: OperatorFn) => j.every((jv) => next(f, jv)) }],
  ['swap', { cb: (f: unknown, j: unknown, next: OperatorFn) => next(j, f) }],
  ['not', { cb: (f: unknown, j: unknown, next: OperatorFn) => !next(f, j) }],
] as const);

const guarded = (op: Operator): OperatorFn =>
  op.accepts ? (f, j) => op.accepts!(f) && op.cb(f, j) : op.cb;

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
  return guarded({ cb: (f, j) => decorator.cb(f, j, inner), accepts: decorator.accepts });
};
