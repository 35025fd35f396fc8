import type { z } from 'zod';
import { InputError, toInputIssues, type InputIssue } from './input-error.js';
import { MessageSchema, type Message } from './message.js';
import { RecipientSchema, type Recipient } from './recipient.js';
import { SendingHistorySchema, type SendingHistory } from './history.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

const parseWith = <S extends z.ZodType>(schema: S, root: string, input: unknown): Parsed<z.output<S>> => {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toInputIssues(root, result.error) };
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
