// Safe-regex lint: every regular expression in src/ passes safe-regex2 (star height at most 1,
// at most 25 repetitions), or is on the allow-list below with the reason it is linear anyway.
// Literals are found with the TypeScript parser; patterns built with new RegExp(…) from
// computed strings are caught at run time, when their module is loaded.
import { join } from 'node:path';
import safeRegex from 'safe-regex2';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { findRegexes } from './support/regex-inventory.js';

const root = join(import.meta.dirname, '../..');

/**
 * Patterns safe-regex2 rejects that are linear all the same. Key: the pattern source.
 * Each reason says why no input makes it backtrack badly; the adversarial tests in
 * regex-adversarial.test.ts measure the ones that see untrusted text.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  // Rule-pack paths, not mail text. Every repetition starts with "." or "[", which the inner
  // classes cannot match, so there is exactly one way to split an input: no backtracking.
  '^\\$(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[\\d+\\])*$': 'unambiguous: each iteration begins with "." or "[", outside the inner classes',
  // Merge-tag names: the repetition is bounded ({0,60}); safe-regex2 counts the bound, not a star.
  '(?<![{$])\\{([A-Za-z_][\\w.:-]{0,60})\\}(?!\\})': 'bounded repetition: at most 61 steps per start position',
  '(?<![<\\w%])%([A-Za-z_][\\w.:-]{0,60})%(?!>)': 'bounded repetition: at most 61 steps per start position',
  // Pointers the library itself builds for PackError issues, never user text.
  // Imprint signals (facts/postal-address.ts), built with new RegExp from constant parts. safe-regex2
  // flags them for a bounded or optional group around a bounded quantifier; none can backtrack
  // more than a constant number of steps per start position (regex-adversarial.test.ts measures it).
  "(?<![\\p{L}\\p{N}])\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,4}[A-Za-z]?)?,?[ \\t](?:\\p{Lu}[\\p{L}'\u2019.-]{0,25}[ \\t]){0,3}(?:Street|St\\.|Road|Rd\\.?|Avenue|Ave\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.|Way|Court|Ct\\.|Place|Pl\\.|Square|Sq\\.|Parkway|Pkwy\\.?|Highway|Hwy\\.?|Terrace|Circle|Suite|[Rr]ue|[Cc]hemin|[Aa]venue|[Bb]oulevard|[Aa]ll\u00e9e|[Ii]mpasse|[Qq]uai|[Rr]oute|[Cc]ours)(?![\\p{L}\\p{N}])": "street with up to three words before the street word: each word ends at a space its class excludes, so the split is unique; all repetitions bounded ({0,3} of {0,25})",
  "(?<![\\p{L}\\p{N}])(?:[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]orso|[Ll]argo|[Cc]alle|[Aa]venida|[Aa]v\\.|[Pp]aseo|[Pp]laza|[Rr]ua|[Tt]ravessa|[Pp]ra\u00e7a|[Uu]lica|ul\\.|al\\.)[ \\t]\\p{Lu}[\\p{L}'\u2019.-]{0,25}(?:[ \\t]\\p{L}[\\p{L}'\u2019.-]{0,25}){0,3}[ \\t]\\d{1,5}[A-Za-z]?(?:\\/[A-Za-z0-9]{1,3})?(?![\\p{L}\\p{N}])": "street word, then up to three further words: each word ends at a space its class excludes; all repetitions bounded ({0,3} of {0,25})",
  "(?<![\\p{L}\\p{N}.,/-])(?:[A-Z]{1,2}-)?\\d{5}[ \\t]+\\p{Lu}[\\p{L}.-]{2,}": "postal code and city: the only nesting is an optional (?:[A-Z]{1,2}-)? prefix, bounded",
  "(?<![\\p{L}\\p{N}.,/-])(?:[A-Z]{1,2}-)?[1-9]\\d{3}[ \\t]+(?:[A-Z]{2}[ \\t]+)?\\p{Lu}[\\p{L}.-]{2,}": "postal code, optional state and city: the only nesting is optional bounded groups",
  ",[ \\t]?[A-Z]{2},?[ \\t]\\d{5}(?:-\\d{4})?(?!\\p{N})": "US state and ZIP: the only nesting is the optional bounded (?:-\\d{4})?",
  '^\\/rules\\/(\\d+)(\\/.*)?$': 'linear ((\\/.*)? can only start at one "/"); applied to pointers the library builds',
};

// safe-regex2's parser (ret) predates Unicode property escapes and lookbehind. For the star-height
// check they are replaced by atoms of the same structure: \p{L} by one letter (inside or outside
// a class), a lookbehind by a non-capturing group. Quantifiers and nesting stay as written.
const forRet = (source: string): string => source.replace(/\\[pP]\{[A-Za-z_=]+\}/g, 'a').replace(/\(\?<[!=]/g, '(?:');

const verdict = (source: string, flags: string): boolean => {
  try {
    return safeRegex(new RegExp(forRet(source), flags.replace(/[uv]/g, '')));
  } catch {
    return false; // a pattern safe-regex2 cannot parse is not known to be safe
  }
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
