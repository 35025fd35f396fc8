// The recipient fact reader: generated code (a switch over the scope's fact names) or, where
// `new Function` is forbidden, a Map of slots. Both read as factGetter does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scopedFactGetters, type FactGetter } from '../../../src/engine/index.js';
import type { FactContext, FactDefinition } from '../../../src/facts/index.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

// Names a code generator could trip over: quotes, a backslash, line separators, __proto__.
const NAMES = ['plain', 'with "quotes"', 'back\\slash', 'line\u2028break', '__proto__', 'constructor', ''];

const setup = () => {
  const computed: string[] = [];
  const defs = new Map<string, FactDefinition>();
  for (const name of NAMES) {
    defs.set(name, { name, scope: 'recipient', description: name, compute: (ctx) => (computed.push(name), { name, of: (ctx.recipient as { address: string }).address }) });
  }
  defs.set('campaignWide', { name: 'campaignWide', scope: 'message', description: '', compute: () => 'never from here' });
  // A fact that computes to undefined is still computed once.
  defs.set('nothing', { name: 'nothing', scope: 'recipient', description: '', compute: () => (computed.push('nothing'), undefined) });
  const parentReads: string[] = [];
  const parent: FactGetter = (name) => (parentReads.push(name), `parent:${name}`);
  return { computed, defs, parent, parentReads };
};

const ctx = (address: string) => ({ recipient: { address } }) as unknown as FactContext;

const readsLikeFactGetter = () => {
  const { computed, defs, parent, parentReads } = setup();
  const make = scopedFactGetters(defs, 'recipient');
  const a = make(ctx('a@x'), parent);
  const b = make(ctx('b@x'), parent);
  for (const name of NAMES) {
    expect(a(name)).toEqual({ name, of: 'a@x' });
    expect(a(name)).toBe(a(name));
    expect(b(name)).toEqual({ name, of: 'b@x' });
  }
  expect(a('nothing')).toBeUndefined();
  expect(a('nothing')).toBeUndefined();
  expect(a('campaignWide')).toBe('parent:campaignWide');
  expect(a('unknown')).toBe('parent:unknown');
  expect(a('toString')).toBe('parent:toString');
  // Each fact once per context, in the order first read.
  expect(computed).toEqual([...NAMES.flatMap((n) => [n, n]), 'nothing']);
  expect(parentReads).toEqual(['campaignWide', 'unknown', 'toString']);
};

describe('scopedFactGetters', () => {
  it('computes each fact of the scope once per context, on first read, and asks the parent for the rest', readsLikeFactGetter);

  it('reads the same where new Function is forbidden (a strict Content-Security-Policy)', () => {
    let attempts = 0;
    vi.stubGlobal('Function', function Forbidden() {
      attempts++;
      throw new EvalError('Code generation from strings disallowed for this context');
    });
    readsLikeFactGetter();
    expect(attempts).toBe(1);
  });
});
