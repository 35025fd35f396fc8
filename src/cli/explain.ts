import type { Violation } from '../model/index.js';

const show = (v: unknown): string => (v instanceof Date ? v.toISOString() : JSON.stringify(v) ?? String(v));

/** Why a violation fired: each fact value and option it was judged on. */
export const explainLines = (v: Violation): string[] => Object.entries(v.evidence).map(([k, val]) => `${k} = ${show(val)}`);
