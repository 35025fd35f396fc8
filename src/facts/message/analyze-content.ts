import type { Message } from '../../model/index.js';

export interface ContentFacts {
  /** Content labels from the customer or a plugged-in classifier, lower-cased (P5, P6). */
  readonly labels: readonly string[];
  readonly topic: string | null;
  /** The user's spam filter score (M6); null when not supplied. */
  readonly spamScore: number | null;
}

export const analyzeContent = (message: Message): ContentFacts => ({
  labels: [...new Set((message.contentLabels ?? []).map((l) => l.trim().toLowerCase()))],
  topic: message.topic?.trim().toLowerCase() || null,
  spamScore: message.spamScore ?? null,
});
