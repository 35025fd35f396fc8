// Line and column of a JSON pointer in a file's text, so a pack author's editor can jump to the
// problem. jsonc-parser (VS Code's JSON scanner) keeps the offset of every node, which
// JSON.parse does not; the text is still validated by JSON.parse (load-pack.ts): this only
// locates. A pointer to a key that is missing (a required field) points at the object that
// lacks it.
import { readFileSync } from 'node:fs';
import { parseTree, type Node } from 'jsonc-parser';
import type { PackIssue } from '../engine/index.js';

const unescape = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~');

const treeOf = (text: string): Node | undefined => parseTree(text, [], { allowTrailingComma: false, disallowComments: true });

const positionIn = (text: string, root: Node, pointer: string): { line: number; column: number } => {
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
  const before = text.slice(0, at.offset);
  const line = before.split('\n').length;
  return { line, column: at.offset - before.lastIndexOf('\n') };
};

/** 1-based line and column of `pointer` in `text`; null when the text does not parse. */
export const positionOf = (text: string, pointer: string): { line: number; column: number } | null => {
  const root = treeOf(text);
  return root ? positionIn(text, root, pointer) : null;
};

/**
 * Issues with `file` get the `line` and `column` of their pointer in it (files read and parsed
 * once each, however many issues they have; an unreadable one is left without). Issues that
 * already have a line keep it.
 */
export const withPositions = (issues: readonly PackIssue[]): PackIssue[] => {
  const parsed = new Map<string, { text: string; root: Node } | null>();
  const parsedOf = (file: string): { text: string; root: Node } | null => {
    if (!parsed.has(file)) {
      let text: string | null = null;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        // Unreadable: its issues keep no position.
      }
      const root = text === null ? undefined : treeOf(text);
      parsed.set(file, text !== null && root ? { text, root } : null);
    }
    return parsed.get(file)!;
  };
  return issues.map((i) => {
    if (!i.file || i.line !== undefined) return i;
    const file = parsedOf(i.file);
    return file ? { ...i, ...positionIn(file.text, file.root, i.pointer) } : i;
  });
};
