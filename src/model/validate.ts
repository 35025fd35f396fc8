import type * as z from 'zod';
import { InputError, issuesAt, toInputIssues, type InputIssue } from './input-error.js';
import { MessageSchema, type Message } from './message.js';
import { RecipientSchema, type Recipient } from './recipient.js';
import { SendingHistorySchema, type SendingHistory } from './history.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

// Through zod's Standard Schema interface: the same issues as safeParse's ZodError, without
// building that Error (its stack trace was about half the cost of a rejected recipient record).
// It answers with a promise for an async schema (none of ours is) and when the parse threw (a
// getter of the input, say): zod then parses again asynchronously, and that promise rejects. It
// is silenced here, and safeParse throws the error to the caller, as before.
const parseWith = <S extends z.ZodType>(schema: S, root: string, input: unknown): Parsed<z.output<S>> => {
  const result = schema['~standard'].validate(input);
  if (result instanceof Promise) {
    result.then(undefined, () => undefined);
    const r = schema.safeParse(input);
    return r.success ? { ok: true, value: r.data } : { ok: false, issues: toInputIssues(root, r.error) };
  }
  return result.issues === undefined
    ? { ok: true, value: result.value as z.output<S> }
    : { ok: false, issues: issuesAt(root, result.issues) };
};

export const parseRecipient = (input: unknown, root = 'recipient'): Parsed<Recipient> => parseWith(RecipientSchema, root, input);

/** Validates message and history together so one InputError names every bad field of both. */
export const parseSendInput = (
  message: unknown,
  history: unknown,
): { message: Message; history: SendingHistory } => {
  const m = parseWith(MessageSchema, 'message', message);
  const h = parseWith(SendingHistorySchema, 'history', history ?? {});
  const issues = [...(m.ok ? [] : m.issues), ...(h.ok ? [] : h.issues)];
  if (!m.ok || !h.ok) throw new InputError(issues);
  return { message: m.value, history: h.value };
};

export const parseMessage = (message: unknown): Message => {
  const m = parseWith(MessageSchema, 'message', message);
  if (!m.ok) throw new InputError(m.issues);
  return m.value;
};
