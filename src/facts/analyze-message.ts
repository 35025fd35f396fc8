import { parseMessage, type Message, type MessageInput } from '../model/index.js';
import { analyzeBody, type BodyFacts } from './body.js';
import { analyzeContent, type ContentFacts } from './content.js';
import { analyzeImprint, type ImprintFacts } from './imprint.js';
import { analyzePurpose, type PurposeFacts } from './purpose.js';
import { analyzeSender, type SenderFacts } from './sender.js';
import { analyzeSize } from './size.js';
import type { Account } from './account.js';
import { analyzeUnsubscribe, type UnsubscribeFacts } from './unsubscribe.js';

/** Everything derived from one message; computed once per campaign. */
export interface MessageFacts {
  readonly purpose: PurposeFacts;
  readonly unsubscribe: UnsubscribeFacts;
  readonly imprint: ImprintFacts;
  readonly sender: SenderFacts;
  readonly content: ContentFacts;
  readonly body: BodyFacts;
  readonly sizeBytes: number;
  readonly htmlBytes: number;
}

export interface AnalyzeOptions {
  /** The customer's own sending domains, for `sender.ownDomain`. */
  readonly senderDomains?: readonly string[];
}

/** Facts of a validated message. */
export const messageFacts = (message: Message, account: Account): MessageFacts => {
  const body = analyzeBody(message);
  return {
    purpose: analyzePurpose(message),
    unsubscribe: analyzeUnsubscribe(message, body),
    imprint: analyzeImprint(body),
    sender: analyzeSender(message, account),
    content: analyzeContent(message),
    body,
    ...analyzeSize(message),
  };
};

/** Pure and synchronous: validates the message (throws InputError) and derives its facts. */
export const analyzeMessage = (message: MessageInput | Message, options: AnalyzeOptions = {}): MessageFacts =>
  messageFacts(parseMessage(message), { senderDomains: options.senderDomains ?? [] });
