// Problems of a pack loaded from files carry file, line and column besides the JSON pointer
// (issue 17 item 5), found with jsonc-parser (src/node/json-position.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackSync, positionOf } from '../../src/node/index.js';
import { PackError, type PackIssue } from '../../src/index.js';

const dir = join(import.meta.dirname, '../cli/fixtures/bad-pack');

const issuesOf = (f: () => unknown): PackIssue[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof PackError) return [...e.issues];
    throw e;
  }
  return [];
};

describe('positions of pack problems', () => {
  it('loadPack gives every issue its file, line and column', () => {
    const issues = issuesOf(() => loadPackSync(dir, { complete: true }));
    expect(issues.map((i) => [i.code, i.file!.slice(dir.length + 1), i.line, i.column])).toEqual([
      ['unknown-clause', 'unsubscribe-link.json', 3, 3],
      ['unknown-path', 'unsubscribe-link.json', 12, 32],
      ['unknown-fact', 'inactive.json', 12, 9],
      ['unknown-operator', 'inactive.json', 13, 60],
      ['unknown-option', 'inactive.json', 13, 116],
    ]);
    expect(String(issuesOf(() => loadPackSync(dir))[0] && new PackError(issuesOf(() => loadPackSync(dir))).message)).toContain('unsubscribe-link.json:3:3 /clause');
  });

  it('points at the key of a value, at the object lacking a key, and at the root', () => {
    const text = '{\n  "a": {\n    "b": [1, {"c": 2}]\n  }\n}';
    expect(positionOf(text, '/a/b/1/c')).toEqual({ line: 3, column: 15 });
    expect(positionOf(text, '/a/missing')).toEqual({ line: 2, column: 3 });
    expect(positionOf(text, '')).toEqual({ line: 1, column: 1 });
  });
});
