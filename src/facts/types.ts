import type { ZodType } from 'zod';
import type { Message, Recipient, Sender, SendingHistory } from '../model/index.js';
import type { MessageFacts } from './message/analyze-message.js';
import type { Account } from './account.js';
import type { CalendarZone } from './calendar-zone.js';

export type { Account };

/** Everything a fact may read. Recipient-scope facts get `recipient`; others do not. */
export interface FactContext {
  readonly message: Message;
  readonly messageFacts: MessageFacts;
  readonly history: SendingHistory;
  readonly recipient?: Recipient;
  readonly now: Date;
  readonly account: Account;
  /** The sender's DNS and transport facts (check's `sender` input), when given. */
  readonly sender?: Sender;
  /** The time zone whose calendar days legal periods count in (default Europe/Berlin). */
  readonly zone?: CalendarZone;
}

export type FactScope = 'message' | 'recipient' | 'history';

/** A named fact that rules read with `{ "fact": name, "path": "$.x" }`. Must be pure and sync. */
export interface FactDefinition<T = unknown> {
  readonly name: string;
  readonly scope: FactScope;
  readonly description: string;
  readonly compute: (ctx: FactContext) => T;
  /**
   * The shape of the value (a zod schema): condition paths into the fact are checked against it
   * when rules load (unknown-path). Omitted, any path is accepted.
   */
  readonly schema?: ZodType;
}
