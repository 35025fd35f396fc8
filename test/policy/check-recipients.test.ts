// checkRecipients: one verdict per input, in input order, for sync and async sources; it pulls
// recipients one at a time (never the whole list) and a consumer that stops early closes the
// source.
import { describe, expect, it } from 'vitest';
import { createPolicy, defineFact, definePack, type RecipientVerdict, type RecipientInput } from '../../src/index.js';
import { goodRule, packOf } from '../helpers/rules.js';

const message = {
  from: '"Beispiel Shop GmbH" <news@shop.example>',
  subject: 'Angebote',
  purpose: 'newsletter' as const,
  html: '<p>Angebote</p><a href="https://shop.example/abmelden">Newsletter abbestellen</a>',
};
const policy = createPolicy({ now: '2026-11-28T10:00:00Z', account: { senderDomains: ['shop.example'] } });

const good = (i: number) => ({ address: `r${i}@example.org`, source: 'signup-form', consent: { status: 'confirmed', method: 'double-opt-in', confirmedAt: '2026-10-01' }, lastOpenAt: '2026-11-01' });
const bought = (i: number) => ({ ...good(i), source: 'purchased' });
const mixed: unknown[] = [good(0), { name: 'no address' }, bought(2), good(3), { address: 'r4@example.org', lastOpenAt: 'yesterday' }, null, 42, good(7), bought(8)];

const collect = async (source: Iterable<unknown> | AsyncIterable<unknown>): Promise<RecipientVerdict[]> => {
  const out: RecipientVerdict[] = [];
  for await (const v of policy.checkRecipients(source as Iterable<RecipientInput>, { message })) out.push(v);
  return out;
};

async function* asyncOf<T>(xs: readonly T[]) {
  for (const x of xs) {
    await Promise.resolve();
    yield x;
  }
}

/** A source that counts what was pulled and whether it was closed. */
const tracked = (make: (i: number) => unknown, limit = Infinity) => {
  const state = { pulled: 0, closed: false };
  const iterator: Iterator<unknown> & Iterable<unknown> = {
    next: () => (state.pulled < limit ? { done: false, value: make(state.pulled++) } : { done: true, value: undefined }),
    return: () => {
      state.closed = true;
      return { done: true, value: undefined };
    },
    [Symbol.iterator]: () => iterator,
  };
  return { state, iterator };
};

describe('checkRecipients', () => {
  it.each([
    ['an array', () => mixed],
    ['a sync generator', () => (function* () { yield* mixed; })()],
    ['an async generator', () => asyncOf(mixed)],
  ])('yields one verdict per record of %s, in input order', async (_name, source) => {
    const verdicts = await collect(source());
    expect(verdicts.map((v) => v.index)).toEqual(mixed.map((_, i) => i));
    expect(verdicts.map((v) => v.verdict)).toEqual(['send', 'invalid', 'exclude', 'send', 'invalid', 'invalid', 'invalid', 'send', 'exclude']);
    expect(verdicts.map((v) => v.address)).toEqual(['r0@example.org', '', 'r2@example.org', 'r3@example.org', 'r4@example.org', '', '', 'r7@example.org', 'r8@example.org']);
    expect(verdicts[1]!.issues?.map((i) => i.path)).toEqual(['recipients[1].address']);
    expect(verdicts[4]!.issues?.map((i) => i.path)).toEqual(['recipients[4].lastOpenAt']);
  });

  it('reads promises in a sync source as their values, as for await does', async () => {
    const verdicts = await collect(mixed.map((r) => Promise.resolve(r)));
    expect(verdicts).toEqual(await collect(mixed));
  });

  it('gives the same verdicts as check()', async () => {
    const report = await policy.check({ message, recipients: mixed as Iterable<RecipientInput> });
    expect(await collect(mixed)).toEqual(report.recipients);
  });

  it('pulls one recipient per verdict from an endless source and closes it on break', async () => {
    const { state, iterator } = tracked(good);
    let seen = 0;
    for await (const v of policy.checkRecipients(iterator as Iterable<RecipientInput>, { message })) {
      expect(state.pulled).toBe(v.index + 1);
      if (++seen === 5) break;
    }
    expect(state.pulled).toBe(5);
    expect(state.closed).toBe(true);
  });

  it('closes an async source on break and on a throw in the loop body', async () => {
    let closed = 0;
    async function* source() {
      try {
        for (let i = 0; ; i++) yield good(i);
      } finally {
        closed++;
      }
    }
    for await (const v of policy.checkRecipients(source() as AsyncIterable<RecipientInput>, { message })) if (v.index === 2) break;
    await expect(async () => {
      for await (const v of policy.checkRecipients(source() as AsyncIterable<RecipientInput>, { message })) if (v.index === 1) throw new Error('consumer failed');
    }).rejects.toThrow('consumer failed');
    expect(closed).toBe(2);
  });

  it('does not close a source it finished reading, and can be closed before the first pull', async () => {
    const { state, iterator } = tracked(good, 3);
    expect((await collect(iterator)).length).toBe(3);
    expect(state.closed).toBe(false);
    const gen = policy.checkRecipients(tracked(good).iterator as Iterable<RecipientInput>, { message });
    await gen.return(undefined);
    expect((await gen.next()).done).toBe(true);
  });

  it('rejects bad message input with an InputError when iteration starts', async () => {
    await expect(collect([good(0)]).then(() => policy.checkRecipients([], { message: { subject: 1 } as never }).next())).rejects.toMatchObject({
      name: 'InputError',
    });
  });
});

describe('checkRecipients over a sync source, edge cases of the hand-written stream', () => {
  it('closes the source when a record fails to check, and rejects with that error', async () => {
    const pack = definePack(packOf([goodRule({ id: 'acme/boom', scope: 'recipient', conditions: { all: [{ fact: 'boom', operator: 'equal', value: 2 }] }, messages: { de: 'boom {boom}', en: 'boom {boom}' }, examples: { violating: [{ name: 'r', recipient: { address: 'r@example.org' } }], compliant: [{ name: 'r', recipient: { address: 'r@example.org' } }] } })], { name: 'acme' }));
    const boom = defineFact<number>((ctx) => {
      if (ctx.recipient!.address === 'r1@example.org') throw new Error('fact failed');
      return 1;
    });
    const failing = createPolicy({ packs: [pack], facts: { boom }, now: '2026-11-28T10:00:00Z' });
    const { state, iterator } = tracked(good);
    const seen: number[] = [];
    await expect(async () => {
      for await (const v of failing.checkRecipients(iterator as Iterable<RecipientInput>, { message })) seen.push(v.index);
    }).rejects.toThrow('fact failed');
    expect(seen).toEqual([0]);
    expect(state.closed).toBe(true);
  });

  it('rejects a rejected promise in the source, closes the source, and ends', async () => {
    const { state, iterator } = tracked((i) => (i === 1 ? Promise.reject(new Error('row failed')) : good(i)));
    const gen = policy.checkRecipients(iterator as Iterable<RecipientInput>, { message });
    expect((await gen.next()).value?.index).toBe(0);
    await expect(gen.next()).rejects.toThrow('row failed');
    expect(state.closed).toBe(true);
    expect((await gen.next()).done).toBe(true);
  });

  it('closes the source on throw() and answers done afterwards', async () => {
    const { state, iterator } = tracked(good);
    const gen = policy.checkRecipients(iterator as Iterable<RecipientInput>, { message });
    await gen.next();
    await expect(gen.throw(new Error('stop'))).rejects.toThrow('stop');
    expect(state.closed).toBe(true);
    expect((await gen.next()).done).toBe(true);
  });

  it('fails on the first pull, not on the call, for a missing source, with an InputError at recipients', async () => {
    const gen = policy.checkRecipients(null as never, { message });
    await expect(gen.next()).rejects.toMatchObject({ name: 'InputError', issues: [{ path: 'recipients' }] });
  });
});
