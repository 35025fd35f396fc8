import type * as z from 'zod';
import { zodMessageDe, type ZodIssueLike } from './zod-messages.js';

export interface InputIssue {
  /** Dotted path of the bad field, e.g. 'message.purpose' or 'history.window.sent'. */
  readonly path: string;
  /** In English, as zod words its own issues. */
  readonly message: string;
  /** The message in German and English (zod's issues are worded in German by zod-messages.ts; the CLI prints its locale's). */
  readonly messages?: { readonly de: string; readonly en: string };
}

/** An issue worded in both languages; `message` is the English one. */
export const inputIssue = (path: string, en: string, de: string): InputIssue => ({ path, message: en, messages: { de, en } });

/** Thrown for bad message or history input; `issues` names every bad field at once. */
export class InputError extends Error {
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[]) {
    super(`Invalid input:\n${issues.map((i) => `  - ${i.path}: ${i.message}`).join('\n')}`);
    this.name = 'InputError';
    this.issues = issues;
  }
}

export const formatPath = (root: string, path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    root,
  );

export const toInputIssues = (root: string, error: z.ZodError): InputIssue[] => issuesAt(root, error.issues);

type PathSegment = PropertyKey | { readonly key: PropertyKey };

/** Issues as zod reports them (a ZodError's, or a Standard Schema result's, whose path may hold segments), under `root`. */
export const issuesAt = (root: string, issues: readonly { readonly path?: readonly PathSegment[] | undefined; readonly message: string }[]): InputIssue[] =>
  issues.map((issue) => ({
    path: formatPath(root, (issue.path ?? []).map((k) => (typeof k === 'object' ? k.key : k))),
    message: issue.message,
    messages: { de: zodMessageDe(issue as ZodIssueLike), en: issue.message },
  }));
