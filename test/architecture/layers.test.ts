import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/ flows one way: model → facts → engine → sanctions → report → policy, with adapters,
// cli, node and testing on top. A module may import its own layer or any layer below it.
const order = ['model', 'facts', 'engine', 'sanctions', 'report', 'packs', 'policy', 'json-rules-engine', 'adapters', 'testing', 'node', 'cli'];
const rank = (layer: string): number => {
  const i = order.indexOf(layer);
  return i < 0 ? order.length : i;
};

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

const IMPORT = /(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/g;

const sources = files('src');
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));

const layerOf = (file: string): string => relative('src', file).split(/[\\/]/)[0]!.replace(/\.ts$/, '');

describe('architecture', () => {
  it('imports only from its own layer or below', () => {
    const bad: string[] = [];
    for (const file of sources) {
      for (const target of importsOf(file)) {
        const from = layerOf(file);
        const rel = relative(process.cwd(), target);
        if (!rel.startsWith('src')) continue;
        const to = layerOf(rel);
        if (from !== 'index' && rank(to) > rank(from)) bad.push(`${file} (${from}) imports ${relative(process.cwd(), target)} (${to})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map(sources.map((f) => [resolve(f), importsOf(f).filter((t) => t.endsWith('.ts'))]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (node: string, path: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...path.slice(path.indexOf(node)), node].map((p) => relative(process.cwd(), p)).join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('keeps the core entry free of Node built-ins', () => {
    const core = sources.filter((f) => !['cli', 'node'].includes(layerOf(f)));
    const offenders = core.filter((f) => /from\s+'node:|require\('node:|\bprocess\.|\bBuffer\./.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
