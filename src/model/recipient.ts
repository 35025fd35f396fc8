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
  /**
   * Where the consent was given (a form, a page, a shop checkout box: "newsletter-footer-form").
   * Proof of consent, DSGVO Art. 7(1): read by the germanLaw pack, ignored by the seed pack.
   */
  source: z.string().min(1).optional(),
  /** Which version of the consent text the recipient agreed to (DSGVO Art. 7(1), germanLaw). */
  textVersion: z.string().min(1).optional(),
  /** The IP address the consent (or its DOI confirmation) came from, as evidence (germanLaw). */
  ip: z.string().min(1).optional(),
  /**
   * The recipient consented to open and click tracking (tracking pixels, per-recipient redirect
   * links), separately from the newsletter consent: § 25(1) TDDDG (germanLaw). Absent: no such consent.
   */
  tracking: z.boolean().optional(),
};

/**
 * A customer relationship the sender relies on for UWG § 7(3) (advertising to existing customers
 * without consent). Read by the germanLaw pack only; the seed pack accepts no such exception.
 */
const existingCustomerShape = {
  /** When the address was obtained in connection with a sale of goods or services (§ 7(3) Nr. 1). */
  purchasedAt: DateInputSchema.optional(),
  /** The product categories the customer bought; the message's own must be among them (§ 7(3) Nr. 2). */
  productCategories: z.array(z.string().min(1)).optional(),
  /** The customer was told clearly, when the address was collected, that they may object at any time (§ 7(3) Nr. 4). */
  noticeAtCollection: z.boolean().optional(),
  /** When the customer objected to advertising by e-mail (§ 7(3) Nr. 3); absent: no objection. */
  objectedAt: DateInputSchema.optional(),
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

const recipientShape = <C extends z.ZodType, S extends z.ZodType, E extends z.ZodType>(consent: C, signup: S, existingCustomer: E) => ({
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
  existingCustomer: existingCustomer.optional(),
});

export const ConsentSchema = z.strictObject(consentShape);
export const SignupSchema = z.strictObject(signupShape);
export const ExistingCustomerSchema = z.strictObject(existingCustomerShape);
/** A recipient record; an unknown field, also in consent or signup, makes it invalid. */
export const RecipientSchema = z.strictObject(recipientShape(ConsentSchema, SignupSchema, ExistingCustomerSchema));
/** RecipientSchema that drops unknown fields instead, at every level (recipientFields: 'strip'). */
export const RecipientStripSchema = z.object(recipientShape(z.object(consentShape), z.object(signupShape), z.object(existingCustomerShape)));

export const recipientSchemaFor = (mode: RecipientFieldsMode): z.ZodType => (mode === 'strip' ? RecipientStripSchema : RecipientSchema);

export type RecipientInput = z.input<typeof RecipientSchema>;
export type Recipient = z.output<typeof RecipientSchema>;

/** The recipient schema of `mode` compiled into one function (compileSchema), dates read by readDateInput; null where code cannot be generated. */
export const compileRecipientParser = (mode: RecipientFieldsMode = 'strict'): CompiledParser | null =>
  compileSchema(recipientSchemaFor(mode), dateParsers);

/** Every field name a recipient record knows, by nesting ('' for the record, 'consent', 'signup', 'existingCustomer'). */
export const recipientFieldNames: Readonly<Record<string, readonly string[]>> = {
  '': Object.keys(RecipientSchema.shape),
  consent: Object.keys(consentShape),
  signup: Object.keys(signupShape),
  existingCustomer: Object.keys(existingCustomerShape),
};
