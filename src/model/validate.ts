import type * as z from 'zod';
import { formatPath, InputError, issuesAt, toInputIssues, type InputIssue } from './input-error.js';
import { closestField } from './closest-field.js';
import { MessageSchema, type Message } from './message.js';
import { recipientFieldNames, recipientSchemaFor, type Recipient, type RecipientFieldsMode } from './recipient.js';
import { SendingHistorySchema, type SendingHistory } from './history.js';
import { SenderSchema, type Sender } from './sender.js';

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

type ZodIssueLike = { readonly code?: string; readonly keys?: readonly string[]; readonly path?: readonly PropertyKey[]; readonly message: string };

/**
 * A recipient record's issues, an unknown field each on its own path with the field most likely
 * meant: "unknown field \"unsubscribed_at\"; did you mean \"unsubscribedAt\"?".
 */
const recipientIssues = (root: string, issues: readonly ZodIssueLike[]): InputIssue[] =>
  issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys' || !Array.isArray(issue.keys)) return issuesAt(root, [issue]);
    const path = (issue.path ?? []).map((k) => (typeof k === 'object' && k !== null ? (k as { key: PropertyKey }).key : k));
    const known = recipientFieldNames[path.map(String).join('.')] ?? [];
    return issue.keys.map((key) => {
      const meant = closestField(key, known);
      const en = `unknown field "${key}"${meant ? `; did you mean "${meant}"?` : ''} (createPolicy({ recipientFields: 'strip' }) drops unknown fields instead)`;
      const de = `unbekanntes Feld "${key}"${meant ? `; gemeint ist wohl "${meant}"?` : ''} (createPolicy({ recipientFields: 'strip' }) lässt unbekannte Felder stattdessen weg)`;
      return { path: formatPath(root, [...path, key]), message: en, messages: { de, en } };
    });
  });

/** A recipient record by the schema of `mode` (default 'strict': unknown fields make it invalid). */
export const parseRecipient = (input: unknown, root = 'recipient', mode: RecipientFieldsMode = 'strict'): Parsed<Recipient> => {
  const result = recipientSchemaFor(mode)['~standard'].validate(input);
  if (result instanceof Promise) {
    result.then(undefined, () => undefined);
    const r = recipientSchemaFor(mode).safeParse(input);
    return r.success ? { ok: true, value: r.data as Recipient } : { ok: false, issues: recipientIssues(root, r.error.issues as readonly ZodIssueLike[]) };
  }
  return result.issues === undefined
    ? { ok: true, value: result.value as Recipient }
    : { ok: false, issues: recipientIssues(root, result.issues as readonly ZodIssueLike[]) };
};

/** Validates message and history together so one InputError names every bad field of both. */
export const parseSendInput = (
  message: unknown,
  history: unknown,
  sender?: unknown,
): { message: Message; history: SendingHistory; sender?: Sender } => {
  const m = parseWith(MessageSchema, 'message', message);
  const h = parseWith(SendingHistorySchema, 'history', history ?? {});
  const s = sender === undefined ? null : parseWith(SenderSchema, 'sender', sender);
  const issues = [...(m.ok ? [] : m.issues), ...(h.ok ? [] : h.issues), ...(s === null || s.ok ? [] : s.issues)];
  if (!m.ok || !h.ok || (s !== null && !s.ok)) throw new InputError(issues);
  return s === null ? { message: m.value, history: h.value } : { message: m.value, history: h.value, sender: (s as { value: Sender }).value };
};

export const parseMessage = (message: unknown): Message => {
  const m = parseWith(MessageSchema, 'message', message);
  if (!m.ok) throw new InputError(m.issues);
  return m.value;
};
