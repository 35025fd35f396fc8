import type { MessageFacts } from './analyze-message.js';
import type { FactDefinition } from '../types.js';

const fromMessage = <K extends keyof MessageFacts>(name: K, description: string): FactDefinition<MessageFacts[K]> => ({
  name,
  scope: 'message',
  description,
  compute: (ctx) => ctx.messageFacts[name],
});

/** The message facts rules can read; each is computed once per campaign by analyzeMessage. */
export const messageFactDefinitions: readonly FactDefinition[] = [
  fromMessage('purpose', "The message's purpose and whether it was declared (A1)."),
  fromMessage('unsubscribe', 'Unsubscribe link in the body, List-Unsubscribe header, one-click (U2).'),
  fromMessage('imprint', 'An imprint link or imprint text block (U3).'),
  fromMessage('sender', 'From / Sender / Reply-To parsed, with identity signals (U1, P3, P4).'),
  fromMessage('content', 'Content labels, topic and spam score (P5, P6, A3, M6).'),
  fromMessage('body', 'Anchors, text links and visible text of the bodies.'),
  fromMessage('sizeBytes', 'Size of the whole message in bytes (U8).'),
  fromMessage('htmlBytes', 'Size of the HTML body in bytes (U8).'),
  fromMessage('analysis', 'How much of the bodies and links was analysed, and which limits cut it short (U8).'),
];
