// The code a policy's rules may call besides the built-ins: custom facts and operators, given to
// createPolicy or carried by a pack (as a Spectral ruleset carries its functions).
import type { ZodType } from 'zod';
import { builtinFacts, type FactContext, type FactDefinition, type FactScope } from '../../facts/index.js';
import { builtinOperators, decoratorNames, type OperatorFn } from '../evaluate/operators.js';
import { escapePointer, isForbiddenKey } from './forbidden-keys.js';
import type { PackIssue } from './pack-error.js';

/**
 * A custom fact rules read by name. Either a function of the context (a recipient-scope fact:
 * it runs once per recipient) or a definition naming its scope: 'message' and 'history' facts
 * run once per send and cannot read `ctx.recipient`. Facts must be pure and synchronous.
 */
export type CustomFact<T = unknown> =
  | ((ctx: FactContext) => T)
  | {
      readonly scope?: FactScope;
      readonly description?: string;
      readonly compute: (ctx: FactContext) => T;
      /** The shape of the value (a zod schema): condition paths into the fact are checked against it (unknown-path). */
      readonly schema?: ZodType<T>;
    };

/**
 * A custom operator: `(factValue, ruleValue) => boolean`, as json-rules-engine's addOperator.
 * Its name must not contain ':' (reserved for decorators such as "not:equal", which work on
 * custom operators too) nor shadow a built-in operator.
 */
export type CustomOperator<F = any, R = any> = (factValue: F, ruleValue: R) => boolean;

/** Types a custom fact definition (for editors); returns it unchanged. */
export const defineFact = <T>(fact: CustomFact<T>): CustomFact<T> => fact;

/** Types a custom operator (for editors); returns it unchanged. */
export const defineOperator = <F, R>(op: CustomOperator<F, R>): CustomOperator<F, R> => op;

const scopes = new Set(['message', 'recipient', 'history']);
const builtinFactNames = new Set(builtinFacts.map((f) => f.name));
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

const toDefinition = (name: string, f: unknown): FactDefinition | string => {
  if (typeof f === 'function') return { name, scope: 'recipient', description: `custom fact ${name}`, compute: f as FactDefinition['compute'] };
  const d = f as { scope?: unknown; description?: unknown; compute?: unknown; schema?: unknown } | null;
  if (d === null || typeof d !== 'object' || typeof d.compute !== 'function') return 'expected a function (ctx) => value or { scope?, description?, compute(ctx), schema? }';
  if (d.schema !== undefined && typeof (d.schema as { safeParse?: unknown } | null)?.safeParse !== 'function') return 'schema must be a zod schema of the fact\'s value';
  const scope = d.scope ?? 'recipient';
  if (typeof scope !== 'string' || !scopes.has(scope)) return `scope must be message, recipient or history, got ${JSON.stringify(scope)}`;
  if (d.description !== undefined && typeof d.description !== 'string') return 'description must be a string';
  return {
    name,
    scope: scope as FactScope,
    description: (d.description as string | undefined) ?? `custom fact ${name}`,
    compute: d.compute as FactDefinition['compute'],
    ...(d.schema === undefined ? {} : { schema: d.schema as ZodType }),
  };
};

/** Custom facts checked one by one (`at`: the pointer of their object); a built-in name is refused. */
export const customFactDefinitions = (custom: Readonly<Record<string, unknown>> | undefined, at: string, issues: PackIssue[]): FactDefinition[] => {
  const out: FactDefinition[] = [];
  for (const [name, f] of Object.entries(custom ?? {})) {
    const p = `${at}/${escapePointer(name)}`;
    if (isForbiddenKey(name) || name === 'options') issues.push({ code: 'forbidden-key', pointer: p, message: `"${name}" cannot be a fact name` });
    else if (builtinFactNames.has(name)) issues.push({ code: 'duplicate-fact', pointer: p, message: `"${name}" is a built-in fact; choose another name` });
    else if (!IDENTIFIER.test(name)) issues.push({ code: 'invalid-fact', pointer: p, message: `fact names are identifiers (letters, digits, _), got "${name}"` });
    else {
      const def = toDefinition(name, f);
      if (typeof def === 'string') issues.push({ code: 'invalid-fact', pointer: p, message: def });
      else out.push(def);
    }
  }
  return out;
};

/** Custom operators checked one by one; they may not shadow a built-in operator or use decorator syntax. */
export const customOperators = (custom: Readonly<Record<string, unknown>> | undefined, at: string, issues: PackIssue[]): [string, OperatorFn][] => {
  const out: [string, OperatorFn][] = [];
  for (const [name, fn] of Object.entries(custom ?? {})) {
    const p = `${at}/${escapePointer(name)}`;
    if (isForbiddenKey(name)) issues.push({ code: 'forbidden-key', pointer: p, message: `"${name}" cannot be an operator name` });
    else if (builtinOperators.has(name) || decoratorNames.includes(name)) issues.push({ code: 'duplicate-operator', pointer: p, message: `"${name}" is a built-in operator or decorator; choose another name` });
    else if (!IDENTIFIER.test(name)) issues.push({ code: 'invalid-operator', pointer: p, message: `operator names are identifiers (letters, digits, _), got "${name}"` });
    else if (typeof fn !== 'function') issues.push({ code: 'invalid-operator', pointer: p, message: 'expected a function (factValue, ruleValue) => boolean' });
    else out.push([name, fn as OperatorFn]);
  }
  return out;
};
