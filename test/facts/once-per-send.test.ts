import { describe, expect, it } from 'vitest';
import { oncePerSend } from '../../src/facts/once-per-send.js';
import type { FactContext } from '../../src/facts/index.js';

const ctxOf = (messageFacts: object, sender?: object): FactContext => ({ messageFacts, ...(sender ? { sender } : {}) }) as unknown as FactContext;

describe('oncePerSend', () => {
  it('computes once per message facts and sender, afresh for another of either', () => {
    let calls = 0;
    const of = oncePerSend(() => ++calls);
    const mf = {};
    const sender = { domain: 'shop.example' };
    expect([of(ctxOf(mf)), of(ctxOf(mf))]).toEqual([1, 1]);
    expect(of(ctxOf({}))).toBe(2);
    expect([of(ctxOf(mf, sender)), of(ctxOf(mf, sender))]).toEqual([3, 3]);
  });
});
