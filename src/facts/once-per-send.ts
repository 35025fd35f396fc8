import type { FactContext } from './types.js';

/**
 * `compute` run once per send: a pack fact cannot call another, so a value two of a pack's facts
 * read (or a recipient fact reads for every recipient) is kept here. A send's message facts are
 * built once per send, so they are the key; the `sender` input is the one part of a send they do
 * not hold, so a context with another sender computes afresh.
 */
export const oncePerSend = <T>(compute: (ctx: FactContext) => T): ((ctx: FactContext) => T) => {
  const cache = new WeakMap<object, { readonly sender: FactContext['sender']; readonly value: T }>();
  return (ctx) => {
    const hit = cache.get(ctx.messageFacts);
    if (hit !== undefined && hit.sender === ctx.sender) return hit.value;
    const value = compute(ctx);
    cache.set(ctx.messageFacts, { sender: ctx.sender, value });
    return value;
  };
};
