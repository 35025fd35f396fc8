import type { FactDefinition } from './types.js';

export interface TopicConsentFacts {
  readonly topic: string | null;
  /** 'unknown' when the message names no topic or the consent records none (A3). */
  readonly status: 'consented' | 'not-consented' | 'unknown';
  readonly consentedTopics: readonly string[];
}

export const topicConsent: FactDefinition<TopicConsentFacts> = {
  name: 'topicConsent',
  scope: 'recipient',
  description: "Whether the message's topic is among the topics the recipient consented to (A3).",
  compute: ({ recipient, messageFacts }) => {
    const topic = messageFacts.content.topic;
    const topics = (recipient!.consent?.topics ?? []).map((t) => t.trim().toLowerCase());
    const status = topic === null || topics.length === 0 ? 'unknown' : topics.includes(topic) ? 'consented' : 'not-consented';
    return { topic, status, consentedTopics: topics };
  },
};
