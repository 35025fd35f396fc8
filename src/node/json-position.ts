// Line and column of a JSON pointer in a file's text, so a pack author's editor can jump to the
// problem. jsonc-parser (VS Code's JSON scanner) keeps the offset of every node, which
// JSON.parse does not; the text is still validated by JSON.parse (load-pack.ts): this only
// locates. A pointer to a key that is missing (a required field) points at the object that
// lacks it.
import { readFileSync } from 'node:fs';
import { parseTree, type Node } from 'jsonc-parser';
import type { PackIssue } from '../engine/index.js';

const unescape = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** 1-based line and column of `pointer` in `text`; null when the text does not parse. */
export const positionOf = (text: string, pointer: string): { line: number; column: number } | null => {
  const root = parseTree(text, [], { allowTrailingComma: false, disallowComments: true });
  if (!root) return null;
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescape);
  // The deepest node the pointer reaches: a missing key points at its object.
  let node: Node = root;
  for (const seg of segments) {
    const next: Node | undefined =
      node.type === 'object'
        ? node.children?.find((p) => p.children?.[0]?.value === seg)?.children?.[1]
        : node.type === 'array' && /^\d+$/.test(seg)
          ? node.children?.[Number(seg)]
          : undefined;
    if (!next) break;
    node = next;
  }
  // A property's value: point at its key, where the editor shows the field.
  const at = node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : node;
  if (!at) return null;
  const before = text.slice(0, at.offset);
  const line = before.split('\n').length;
  return { line, column: at.offset - before.lastIndexOf('\n') };
};

/**
 * Issues with `file` get the `line` and `column` of their pointer in it (files read once each;
 * an unreadable one is left without). Issues that already have a line keep it.
 */
export const withPositions = (issues: readonly PackIssue[]): PackIssue[] => {
  const texts = new Map<string, string | null>();
  const textOf = (file: string): string | null => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(file, 'utf8'));
      } catch {
        texts.set(file, null);
      }
    }
    return texts.get(file)!;
  };
  return issues.map((i) => {
    if (!i.file || i.line !== undefined) return i;
    const text = textOf(i.file);
    const pos = text === null ? null : positionOf(text, i.pointer);
    return pos ? { ...i, ...pos } : i;
  });
};
