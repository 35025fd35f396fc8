import * as z from 'zod';
import { PurposeSchema } from './enums.js';

const HeaderValue = z.union([z.string(), z.array(z.string())]);

// zod's issue code for refinements (not a PackError code).
const ZOD_CUSTOM = 'custom' as const;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

// Headers become a null-prototype record: a header named "__proto__" stays plain data. Not
// z.record: it copies the input onto a fresh {}, where the key "__proto__" (an own key after
// JSON.parse or fromEml) hits the prototype setter and the header silently vanishes.
const HeadersSchema = z
  .custom<Record<string, string | string[]>>(isObject, 'expected an object of header names and values')
  .superRefine((h, ctx) => {
    for (const [name, value] of Object.entries(h)) {
      if (!HeaderValue.safeParse(value).success) ctx.addIssue({ code: ZOD_CUSTOM, path: [name], message: 'expected a string or an array of strings' });
    }
  })
  .transform((h) => {
    const out: Record<string, string[]> = Object.create(null);
    for (const [name, value] of Object.entries(h)) {
      const key = name.toLowerCase();
      const list = out[key] ?? (out[key] = []);
      // One push per value: spreading 300,000 header lines as arguments overflowed the stack.
      if (Array.isArray(value)) for (const v of value) list.push(v);
      else list.push(value);
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
  /**
   * The product categories the message advertises, in the sender's own terms ("shoes"). Read by
   * the germanLaw pack for UWG § 7(3) Nr. 2 (own similar goods); the seed pack ignores them.
   */
  productCategories: z.array(z.string().min(1)).optional(),
  spamScore: z.number().finite().optional(),
  rawSize: z.number().int().nonnegative().optional(),
});

/** What the caller hands in. */
export type MessageInput = z.input<typeof MessageSchema>;
/** The validated message: header names lower-cased, header values as lists. */
export type Message = z.output<typeof MessageSchema>;
