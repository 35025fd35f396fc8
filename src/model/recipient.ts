import * as z from 'zod';
import { compileSchema, type CompiledParser } from './compile-schema.js';
import { DateInputSchema, dateParsers } from './dates.js';
import { recipientSources } from './enums.js';

export const ConsentSchema = z.object({
  status: z.enum(['none', 'pending', 'confirmed']),
  method: z.enum(['double-opt-in', 'single-opt-in', 'existing-customer']).optional(),
  requestedAt: DateInputSchema.optional(),
  confirmedAt: DateInputSchema.optional(),
  topics: z.array(z.string()).optional(),
});

export const SignupSchema = z.object({
  at: DateInputSchema.optional(),
  ip: z.string().optional(),
  honeypotFilled: z.boolean().optional(),
  botScore: z.number().min(0).max(1).optional(),
});

export const RecipientSchema = z.object({
  address: z.string().min(1, 'an address is required'),
  name: z.string().optional(),
  source: z.enum(recipientSources).optional(),
  consent: ConsentSchema.optional(),
  lastOpenAt: DateInputSchema.optional(),
  lastClickAt: DateInputSchema.optional(),
  lastSentAt: DateInputSchema.optional(),
  doiRequestsSent: z.number().int().nonnegative().optional(),
  hardBounces: z.number().int().nonnegative().optional(),
  unsubscribedAt: DateInputSchema.optional(),
  signup: SignupSchema.optional(),
});

export type RecipientInput = z.input<typeof RecipientSchema>;
export type Recipient = z.output<typeof RecipientSchema>;

/** RecipientSchema as one generated function (compileSchema), dates read by readDateInput; null where code cannot be generated. */
export const compileRecipientParser = (): CompiledParser | null => compileSchema(RecipientSchema, dateParsers);
