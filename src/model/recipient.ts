import * as z from 'zod';
import { compileSchema, type CompiledParser } from './compile-schema.js';
import { DateInputSchema, dateParsers } from './dates.js';
import { recipientSources } from './enums.js';
import { mailboxProblem } from './mailbox.js';

/**
 * What a recipient record may hold besides its known fields: 'strict' (default) makes an unknown
 * field (a misspelled `unsubscribed_at`, say) an invalid record; 'strip' drops unknown fields, for
 * an app that carries extra data on its records (createPolicy({ recipientFields: 'strip' })).
 */
export type RecipientFieldsMode = 'strict' | 'strip';

const consentShape = {
  status: z.enum(['none', 'pending', 'confirmed']),
  method: z.enum(['double-opt-in', 'single-opt-in', 'existing-customer']).optional(),
  requestedAt: DateInputSchema.optional(),
  confirmedAt: DateInputSchema.optional(),
  topics: z.array(z.string()).optional(),
};

const signupShape = {
  at: DateInputSchema.optional(),
  ip: z.string().optional(),
  honeypotFilled: z.boolean().optional(),
  botScore: z.number().min(0).max(1).optional(),
};

// One RFC 5321 mailbox (mailbox.ts); the issue says what is wrong with it.
const AddressSchema = z.string().refine((a) => mailboxProblem(a) === null, {
  error: (iss) => (typeof iss.input === 'string' ? (mailboxProblem(iss.input) ?? 'not an email address') : 'expected a string'),
});

const recipientShape = <C extends z.ZodType, S extends z.ZodType>(consent: C, signup: S) => ({
  address: AddressSchema,
  name: z.string().optional(),
  source: z.enum(recipientSources).optional(),
  consent: consent.optional(),
  lastOpenAt: DateInputSchema.optional(),
  lastClickAt: DateInputSchema.optional(),
  lastSentAt: DateInputSchema.optional(),
  doiRequestsSent: z.number().int().nonnegative().optional(),
  hardBounces: z.number().int().nonnegative().optional(),
  unsubscribedAt: DateInputSchema.optional(),
  signup: signup.optional(),
});

export const ConsentSchema = z.strictObject(consentShape);
export const SignupSchema = z.strictObject(signupShape);
/** A recipient record; an unknown field, also in consent or signup, makes it invalid. */
export const RecipientSchema = z.strictObject(recipientShape(ConsentSchema, SignupSchema));
/** RecipientSchema that drops unknown fields instead, at every level (recipientFields: 'strip'). */
export const RecipientStripSchema = z.object(recipientShape(z.object(consentShape), z.object(signupShape)));

export const recipientSchemaFor = (mode: RecipientFieldsMode): z.ZodType => (mode === 'strip' ? RecipientStripSchema : RecipientSchema);

export type RecipientInput = z.input<typeof RecipientSchema>;
export type Recipient = z.output<typeof RecipientSchema>;

/** The recipient schema of `mode` compiled into one function (compileSchema), dates read by readDateInput; null where code cannot be generated. */
export const compileRecipientParser = (mode: RecipientFieldsMode = 'strict'): CompiledParser | null =>
  compileSchema(recipientSchemaFor(mode), dateParsers);

/** Every field name a recipient record knows, by nesting ('' for the record, 'consent', 'signup'). */
export const recipientFieldNames: Readonly<Record<string, readonly string[]>> = {
  '': Object.keys(RecipientSchema.shape),
  consent: Object.keys(consentShape),
  signup: Object.keys(signupShape),
};
