import type { FactDefinition } from '../types.js';

export interface TopicConsentFacts {
  readonly topic: string | null;
  /** 'unknown' when the message names no topic or the consent records none (A3). */
  readonly status: 'consented' | 'not-consented' | 'unknown';
  readonly consentedTopics: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

export const topicConsent: FactDefinition<TopicConsentFacts> = {
  name: 'topicConsent',
  scope: 'recipient',
  description:
    "Whether the message's topic is among the topics the recipient consented to; 'unknown' unless both are known (A3). Compared trimmed and case-insensitively.",
  compute: ({ recipient, messageFacts }) => {
    const topic = messageFacts.content.topic;
    const given = recipient!.consent?.topics;
    // Most campaigns name no topic: answer without touching the recipient's list.
    if (topic === null || given === undefined || given.length === 0) {
      return { topic, status: 'unknown', consentedTopics: given === undefined ? NONE : given };
    }
    let match = false;
    // Most lists store topics as the message names them: compare as given first, and fold only
    // when that fails (trim + lower case allocate two strings per topic).
    for (let i = 0; i < given.length && !match; i++) match = given[i] === topic || given[i]!.trim().toLowerCase() === topic;
    return { topic, status: match ? 'consented' : 'not-consented', consentedTopics: given };
  },
};
