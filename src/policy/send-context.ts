import type { Message, Recipient, Sender, SendingHistory } from '../model/index.js';
import type { Account, AnalysisLimits, CalendarZone, FactContext } from '../facts/index.js';
import { messageFacts } from '../facts/index.js';

/** One send after parsing: what parseSend returns and every fact of the send is read from. */
export interface ParsedSend {
  readonly message: Message;
  readonly history: SendingHistory;
  readonly now: Date;
  /** check's `sender` input (DNS and transport facts), when given. */
  readonly sender?: Sender;
}

/** Every key of T, each required (its value may be undefined): a context missing one does not compile. */
type EveryKey<T> = { readonly [K in keyof Required<T>]: T[K] | undefined };

/**
 * The context the message- and history-scope facts of one send read (recipient facts add the
 * recipient to it). policy.check and createEngine both build it here: built twice, the engine
 * once lost the `sender` input and with it the bulkSender pack's DNS facts.
 */
export const sendContext = (
  setup: { readonly account: Account; readonly zone?: CalendarZone; readonly limits?: AnalysisLimits },
  { message, history, now, sender }: ParsedSend,
): FactContext =>
  ({
    message,
    messageFacts: messageFacts(message, setup.account, setup.limits),
    history,
    now,
    account: setup.account,
    zone: setup.zone,
    sender,
  }) satisfies Omit<EveryKey<FactContext>, 'recipient'>;

/**
 * The context one recipient's facts read: the send's, plus the recipient. Written out key by key
 * and every key always present (sender too, undefined when not given), so that each recipient's
 * context has the one object shape every fact function has seen before. Built as
 * `{ ...send, recipient }` from a send context with an optional key, checkRecipients ran 119,597
 * instead of 158,911 bench records (bench/data.ts) per second. EveryKey makes a key added to
 * FactContext but not written here a compile error, not a fact that silently reads undefined.
 */
export const recipientContext = (send: FactContext, recipient: Recipient): FactContext =>
  ({
    message: send.message,
    messageFacts: send.messageFacts,
    history: send.history,
    now: send.now,
    account: send.account,
    zone: send.zone,
    sender: send.sender,
    recipient,
  }) satisfies EveryKey<FactContext>;
