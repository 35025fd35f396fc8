import type { RuleOption } from './rule-schema.js';

export const optionTypes = ['number', 'integer', 'string', 'boolean', 'string[]', 'number[]'] as const;
export type OptionType = (typeof optionTypes)[number];

/** The declared type of a rule option, or the type of its default when none is declared. */
export const optionTypeOf = (option: RuleOption): OptionType => {
  if (option.type) return option.type;
  const d = option.default;
  if (Array.isArray(d)) return d.every((x) => typeof x === 'number') && d.length > 0 ? 'number[]' : 'string[]';
  return typeof d as 'number' | 'string' | 'boolean';
};

// NaN and ±Infinity are numbers to typeof: "expected a number, got a number" said nothing.
const describe = (v: unknown): string =>
  Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v === 'number' && !Number.isInteger(v) ? `a number with a fraction (${v})` : `a ${typeof v}`;

const ofType = (type: OptionType, v: unknown): boolean => {
  switch (type) {
    case 'number': return typeof v === 'number' && Number.isFinite(v);
    case 'integer': return Number.isInteger(v);
    case 'string': return typeof v === 'string';
    case 'boolean': return typeof v === 'boolean';
    case 'string[]': return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'number[]': return Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));
  }
};

/** Why a value is not acceptable for an option (type, minimum, maximum); null when it is. */
export const optionValueProblem = (option: RuleOption, value: unknown): string | null => {
  const type = optionTypeOf(option);
  if (!ofType(type, value)) return `expected ${type === 'integer' ? 'an integer' : type.endsWith('[]') ? `an array of ${type.slice(0, -2)}s` : `a ${type}`}, got ${describe(value)}`;
  const numbers = typeof value === 'number' ? [value] : Array.isArray(value) ? value.filter((x): x is number => typeof x === 'number') : [];
  for (const n of numbers) {
    if (option.minimum !== undefined && n < option.minimum) return `${n} is below the minimum ${option.minimum}`;
    if (option.maximum !== undefined && n > option.maximum) return `${n} is above the maximum ${option.maximum}`;
  }
  return null;
};
