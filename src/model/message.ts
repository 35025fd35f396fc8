import { z } from 'zod';
import { PurposeSchema } from './enums.js';

const HeaderValue = z.union([z.string(), z.array(z.string())]);

// Headers become a null-prototype record: a header named "__proto__" stays plain data.
const HeadersSchema = z.record(z.string(), HeaderValue).transform((h) => {
  const out: Record<string, string[]> = Object.create(null);
  for (const [name, value] of Object.entries(h)) {
    const key = name.toLowerCase();
    const list = out[key] ?? (out[key] = []);
    list.push(...(Array.isArray(value) ? value : [value]));
  }
  return out;
});

export const MessageSchema = z.object({
  from: z.string().min(1, 'a From address is required'),
  sender: z.string().optional(),
  replyTo: z.string().optional(),
  to: z.string().optional(),
  subject: z.string(),
  headers: HeadersSchema.optional(),
  html: z.string().optional(),
  text: z.string().optional(),
  purpose: PurposeSchema.optional(),
  topic: z.string().optional(),
  contentLabels: z.array(z.string().min(1)).optional(),
  spamScore: z.number().finite().optional(),
  rawSize: z.number().int().nonnegative().optional(),
});

/** What the caller hands in. */
export type MessageInput = z.input<typeof MessageSchema>;
/** The validated message: header names lower-cased, header values as lists. */
export type Message = z.output<typeof MessageSchema>;
