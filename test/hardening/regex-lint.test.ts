// Safe-regex lint: every regular expression in src/ passes safe-regex2 (star height at most 1
// over unbounded quantifiers, at most 25 of them), or is on the allow-list below with the reason
// it is linear anyway.
// Literals are found with the TypeScript parser; patterns built with new RegExp(…) from
// computed strings are caught at run time, when their module is loaded.
import { join } from 'node:path';
import safeRegex from 'safe-regex2';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { findRegexes } from './support/regex-inventory.js';

const root = join(import.meta.dirname, '../..');

/**
 * Patterns the check below rejects that are linear all the same. Key: the pattern source.
 * Each reason says why no input makes it backtrack badly.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  // Rule-pack paths, not mail text. Every repetition starts with "." or "[", which the inner
  // classes cannot match, so there is exactly one way to split an input: no backtracking.
  '^\\$(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[\\d+\\])*$': 'unambiguous: each iteration begins with "." or "[", outside the inner classes',
};

// safe-regex2's parser (ret) predates Unicode property escapes and lookbehind. For the check
// they are replaced by atoms of the same structure: \p{L} by one letter (inside or outside a
// class), a lookbehind by a non-capturing group.
const forRet = (source: string): string => source.replace(/\\[pP]\{[A-Za-z_=]+\}/g, 'a').replace(/\(\?<[!=]/g, '(?:');

// safe-regex2 counts a bounded quantifier ({m,n}, ?) like a star, so (?:\w{0,25} ){0,3} looks
// nested. Such a pattern is accepted when it passes with its bounded quantifiers removed AND no
// group in it is repeated without bound: then each start position costs a constant number of
// steps. (a{1,2})* (a group under an unbounded quantifier) is still judged as written.
const unboundedOnly = (source: string): string => source.replace(/\{\d+,\d+\}|\{\d+\}/g, '').replace(/(?<![(\\])\?/g, '');
const repeatsGroupUnbounded = (source: string): boolean => /\)(?:[*+]|\{\d+,\})/.test(source);

const passes = (source: string, flags: string): boolean => {
  try {
    return safeRegex(new RegExp(source, flags.replace(/[uv]/g, '')));
  } catch {
    return false; // a pattern safe-regex2 cannot parse is not known to be safe
  }
};

const verdict = (source: string, flags: string): boolean => {
  const s = forRet(source);
  return passes(s, flags) || (!repeatsGroupUnbounded(s) && passes(unboundedOnly(s), flags));
};

describe('safe-regex lint over src/', () => {
  const found = findRegexes(root);
  /** [source, flags] of every RegExp a src/ module constructs while loading. */
  const built: [string, string][] = [];

  beforeAll(async () => {
    const Original = globalThis.RegExp;
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args, newTarget) {
        const re = Reflect.construct(target, args, newTarget) as RegExp;
        if (new Error().stack?.includes('/src/')) built.push([re.source, re.flags]);
        return re;
      },
    });
    try {
      vi.resetModules();
      for (const file of new Set(found.filter((r) => r.dynamic).map((r) => r.file))) await import(join(root, file));
    } finally {
      globalThis.RegExp = Original;
    }
  });

  it('finds the regular expressions (the scanner works)', () => {
    expect(found.length).toBeGreaterThan(20);
    expect(found.some((r) => r.file.endsWith('merge-tags.ts'))).toBe(true);
  });

  it('every regex literal passes safe-regex2 or is allow-listed with a reason', () => {
    const unsafe = found.filter((r) => !r.dynamic && !verdict(r.source, r.flags) && !(r.source in ALLOWED));
    expect(unsafe.map((r) => `${r.file}:${r.line} /${r.source}/${r.flags}`)).toEqual([]);
  });

  it('every RegExp built at run time from computed source passes safe-regex2 or is allow-listed', async () => {
    const dynamicSites = found.filter((r) => r.dynamic).length;
    expect(built.length).toBeGreaterThanOrEqual(dynamicSites);
    const unsafe = built.filter(([source, flags]) => !verdict(source, flags) && !(source in ALLOWED));
    expect(unsafe.map(([s, f]) => `/${s}/${f}`)).toEqual([]);
  });

  it('every allow-list entry is still used (no stale exceptions)', () => {
    const sources = new Set([...found.map((r) => r.source), ...built.map(([source]) => source)]);
    expect(Object.keys(ALLOWED).filter((s) => !sources.has(s))).toEqual([]);
  });
});
