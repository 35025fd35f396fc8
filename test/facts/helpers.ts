import { analyzeMessage, type MessageFacts } from '../../src/facts/index.js';
import type { MessageInput } from '../../src/model/index.js';

/** Facts of a message with only the given body parts and headers. */
export const factsOf = (body: Partial<MessageInput>, senderDomains: string[] = []): MessageFacts =>
  analyzeMessage({ from: '"Shop GmbH" <news@shop.example>', subject: 'Hallo', ...body }, { senderDomains });

export const html = (markup: string): MessageFacts => factsOf({ html: `<!doctype html><html><body>${markup}</body></html>` });
export const text = (plain: string): MessageFacts => factsOf({ text: plain });
