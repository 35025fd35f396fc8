import type * as z from 'zod';
import { RecipientSchema } from '../../model/index.js';

export type FieldKind = 'string' | 'number' | 'boolean' | 'list';

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const unwrap = (s: z.ZodType): z.ZodType => {
  let cur = s;
  for (let d = defOf(cur); (d.type === 'optional' || d.type === 'nullable' || d.type === 'default') && d.innerType; d = defOf(cur)) cur = d.innerType;
  return cur;
};

// Read from the schema itself, so a field added to Recipient is a CSV column at once.
const collect = (schema: z.ZodType, prefix: string, out: Map<string, FieldKind>): void => {
  const def = defOf(unwrap(schema));
  if (def.type === 'object' && def.shape) {
    for (const [key, child] of Object.entries(def.shape)) collect(child, prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  const kind: FieldKind = def.type === 'number' ? 'number' : def.type === 'boolean' ? 'boolean' : def.type === 'array' ? 'list' : 'string';
  out.set(prefix, kind);
};

/** Every leaf field of Recipient by dotted path ('consent.status'), with the kind its cells are read as. */
export const recipientFields: ReadonlyMap<string, FieldKind> = (() => {
  const out = new Map<string, FieldKind>();
  collect(RecipientSchema, '', out);
  return out;
})();

const byLowerCase = new Map([...recipientFields.keys()].map((k) => [k.toLowerCase(), k]));

/** The Recipient path a column header names, matched case-insensitively; undefined if none. */
export const fieldOf = (header: string): string | undefined => byLowerCase.get(header.trim().toLowerCase());

/**
 * Column names common CRM and newsletter exports use (Mailchimp, Brevo, HubSpot, CleverReach, a
 * German spreadsheet), lower-case, with the Recipient field each stands for. The CLI reads them
 * and says so in a note; --map overrides.
 */
export const crmColumns: ReadonlyMap<string, string> = new Map([
  ['email', 'address'],
  ['e-mail', 'address'],
  ['email address', 'address'],
  ['e-mail address', 'address'],
  ['email_address', 'address'],
  ['emailaddress', 'address'],
  ['e-mail-adresse', 'address'],
  ['email-adresse', 'address'],
  ['mail', 'address'],
  ['full name', 'name'],
  ['vollständiger name', 'name'],
  ['optin_time', 'consent.requestedAt'],
  ['confirm_time', 'consent.confirmedAt'],
  ['unsub_time', 'unsubscribedAt'],
  ['optin_ip', 'signup.ip'],
]);

/** The CRM field a header names (crmColumns), matched case-insensitively; undefined if none. */
export const crmFieldOf = (header: string): string | undefined => crmColumns.get(header.trim().toLowerCase());
