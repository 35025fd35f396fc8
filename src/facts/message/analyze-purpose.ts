import type { Message, Purpose } from '../../model/index.js';

export interface PurposeFacts {
  /** The declared purpose, or 'newsletter' (the strictest) when none was declared (A1). */
  readonly value: Purpose;
  readonly declared: boolean;
}

export const analyzePurpose = (message: Message): PurposeFacts => ({
  value: message.purpose ?? 'newsletter',
  declared: message.purpose !== undefined,
});
