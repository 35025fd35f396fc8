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
