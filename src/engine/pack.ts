import { z } from 'zod';
import { PackError, pointer, type PackIssue } from './pack-error.js';
import { RuleSchema, TopConditionSchema, type Rule } from './rule-schema.js';

export const PackSchema = z
  .object({
    name: z.string().min(1),
    version: z.string().min(1),
    announcedAt: z.iso.date(),
    description: z.string().optional(),
    conditions: z.record(z.string(), TopConditionSchema).optional(),
    rules: z.array(RuleSchema),
  })
  .strict();

export type PackInput = z.input<typeof PackSchema>;

export interface Pack {
  readonly name: string;
  readonly version: string;
  /** The day the pack version was announced to customers (S8), YYYY-MM-DD. */
  readonly announcedAt: string;
  readonly description?: string;
  readonly conditions?: Readonly<Record<string, Rule['conditions']>>;
  readonly rules: readonly Rule[];
}

/** Validates a pack's shape and rule ids; throws one PackError listing every problem. */
export const definePack = (input: PackInput): Pack => {
  const parsed = PackSchema.safeParse(input);
  const issues: PackIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ code: 'invalid-shape', pointer: pointer(i.path), message: i.message }));
  const seen = new Map<string, number>();
  (Array.isArray(input?.rules) ? input.rules : []).forEach((r, i) => {
    const id = (r as { id?: unknown })?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push({ code: 'duplicate-rule-id', pointer: `/rules/${i}/id`, message: `rule id "${id}" is already used by /rules/${first}` });
    } else seen.set(id, i);
  });
  if (issues.length > 0 || !parsed.success) throw new PackError(issues);
  return Object.freeze(parsed.data);
};
