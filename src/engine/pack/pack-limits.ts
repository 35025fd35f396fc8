// Bounds on an untrusted pack's structure, checked before anything else reads it. The checks
// after this one (zod's shapes, condition walks, forbidden keys, compilation) recurse along the
// pack's nesting; a pack nested thousands deep overflowed the stack, and one with millions of
// values would take as long to load as the caller lets it. Real packs are far inside: the
// built-in pack's deepest value is at depth 9, and all of it is about 9,000 values.
import type { PackIssue } from './pack-error.js';
import { escapePointer } from './forbidden-keys.js';

export const packLimits = {
  /** Deepest nesting of objects and arrays in a pack (a condition tree: two levels per all/any). */
  maxDepth: 64,
  /** Most values (objects, arrays, strings, numbers …) in a pack, its rules and examples included. */
  maxValues: 250_000,
  /** Longest chain of packs extending packs. */
  maxExtends: 32,
  /** Largest pack or rule file loadPack reads, in bytes. */
  maxFileBytes: 5_000_000,
} as const;

interface Frame {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: number;
  readonly key: string;
}

/**
 * Problems with a pack's depth or size (codes 'too-deep', 'too-large'), found without recursion;
 * a cyclic structure is too deep. `skip` names top-level keys not walked (definePack's `extends`
 * holds packs already checked). Stops at the first problem: the rest cannot be read safely.
 */
export const packSizeIssues = (input: unknown, skip: ReadonlySet<string> = new Set()): PackIssue[] => {
  const frames: Frame[] = [{ value: input, depth: 0, parent: -1, key: '' }];
  const pointerOf = (i: number): string => {
    const keys: string[] = [];
    for (let f = i; f > 0; f = frames[f]!.parent) keys.push(`/${escapePointer(frames[f]!.key)}`);
    return keys.reverse().join('');
  };
  const todo = [0];
  let values = 0;
  while (todo.length > 0) {
    const i = todo.pop()!;
    const { value, depth } = frames[i]!;
    if (++values > packLimits.maxValues) {
      return [{ code: 'too-large', pointer: '', message: `the pack holds more than ${packLimits.maxValues} values` }];
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= packLimits.maxDepth) {
      return [{ code: 'too-deep', pointer: pointerOf(i), message: `nested deeper than ${packLimits.maxDepth} levels (or a cycle)` }];
    }
    for (const key of Object.keys(value)) {
      if (depth === 0 && skip.has(key)) continue;
      frames.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, parent: i, key });
      todo.push(frames.length - 1);
    }
  }
  return [];
};
