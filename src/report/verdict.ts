import type { Report, Violation } from '../model/index.js';

/** The send's verdict from message- and history-level violations. */
export const sendVerdict = (violations: readonly Violation[]): Report['verdict'] =>
  violations.some((v) => v.severity === 'prohibited')
    ? 'hold'
    : violations.some((v) => v.severity === 'undesired')
      ? 'fix'
      : 'send';

/** A recipient is excluded for any undesired or prohibited breach of its own, or when the send is held. */
export const recipientVerdict = (own: readonly Violation[], held: boolean): 'send' | 'exclude' =>
  held || own.some((v) => v.severity !== 'advisory') ? 'exclude' : 'send';
