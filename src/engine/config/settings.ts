// Rule settings of a policy (ESLint style): 'off', a severity, or { severity?, sanction?, options? }.
// Settings from several configurations merge in order, later ones winning field by field.
import * as z from 'zod';
import type { SanctionKind, Severity } from '../../model/index.js';
import { SanctionKindSchema, SeveritySchema } from '../../model/index.js';
import { escapePointer, isForbiddenKey } from '../pack/forbidden-keys.js';
import type { PackIssue } from '../pack/pack-error.js';
import type { Rule } from '../pack/rule-schema.js';
import { optionValueProblem } from '../pack/rule-options.js';

export type RuleSetting =
  | 'off'
  | Severity
  | { readonly severity?: Severity | 'off'; readonly sanction?: SanctionKind; readonly options?: Readonly<Record<string, unknown>> };

/** A setting in one form: which fields it sets, each traced to the pointer that set it. */
export interface NormalizedSetting {
  readonly off?: boolean;
  readonly severity?: Severity;
  readonly sanction?: SanctionKind;
  readonly options?: Readonly<Record<string, unknown>>;
}

const ObjectSettingSchema = z
  .object({
    severity: z.union([SeveritySchema, z.literal('off')]).optional(),
    sanction: SanctionKindSchema.optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/** Validates one setting; `at` is its pointer. Issues for bad severities, sanctions and options. */
export const checkSetting = (setting: unknown, at: string, rule: Rule | undefined): PackIssue[] => {
  if (typeof setting === 'string') {
    if (setting === 'off' || SeveritySchema.safeParse(setting).success) return [];
    return [{ code: 'invalid-severity', pointer: at, message: `"${setting}" is not 'off' or a severity (${SeveritySchema.options.join(', ')})` }];
  }
  if (setting === null || typeof setting !== 'object' || Array.isArray(setting)) {
    return [{ code: 'invalid-setting', pointer: at, message: `expected 'off', a severity or { severity?, sanction?, options? }` }];
  }
  const issues: PackIssue[] = [];
  const raw = setting as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (key === 'severity' && raw.severity !== 'off' && !SeveritySchema.safeParse(raw.severity).success) {
      issues.push({ code: 'invalid-severity', pointer: `${at}/severity`, message: `"${String(raw.severity)}" is not 'off' or a severity (${SeveritySchema.options.join(', ')})` });
    } else if (key === 'sanction' && !SanctionKindSchema.safeParse(raw.sanction).success) {
      issues.push({ code: 'invalid-sanction', pointer: `${at}/sanction`, message: `"${String(raw.sanction)}" is not a sanction (${SanctionKindSchema.options.join(', ')})` });
    } else if (key === 'options') {
      const options = raw.options;
      if (options === null || typeof options !== 'object' || Array.isArray(options)) {
        issues.push({ code: 'invalid-setting', pointer: `${at}/options`, message: 'expected an object of option values' });
        continue;
      }
      for (const [name, value] of Object.entries(options)) {
        const p = `${at}/options/${escapePointer(name)}`;
        const declared = rule && Object.prototype.hasOwnProperty.call(rule.options ?? {}, name) ? rule.options![name]! : undefined;
        if (isForbiddenKey(name)) issues.push({ code: 'forbidden-key', pointer: p, message: `"${name}" cannot be an option name` });
        else if (!rule) continue;
        else if (!declared) issues.push({ code: 'unknown-option', pointer: p, message: `rule ${rule.id} has no option "${name}"${Object.keys(rule.options ?? {}).length ? ` (it has: ${Object.keys(rule.options ?? {}).join(', ')})` : ''}` });
        else {
          const problem = optionValueProblem(declared, value);
          if (problem) issues.push({ code: 'invalid-option', pointer: p, message: `option "${name}" of ${rule.id}: ${problem}` });
        }
      }
    } else if (!(key in ObjectSettingSchema.shape)) {
      issues.push({ code: 'invalid-setting', pointer: `${at}/${escapePointer(key)}`, message: `unknown setting field "${key}" (severity, sanction, options)` });
    }
  }
  return issues;
};

/** A valid setting in normalized form. */
export const normalizeSetting = (setting: RuleSetting): NormalizedSetting => {
  if (setting === 'off') return { off: true };
  if (typeof setting === 'string') return { off: false, severity: setting };
  const { severity, sanction, options } = setting;
  return {
    // Without a severity the setting leaves on/off as configured before it.
    ...(severity === 'off' ? { off: true } : severity === undefined ? {} : { off: false, severity }),
    ...(sanction === undefined ? {} : { sanction }),
    ...(options === undefined ? {} : { options }),
  };
};

/** `next` over `prev`: fields `next` sets win; options merge by name. */
export const mergeSettings = (prev: NormalizedSetting | undefined, next: NormalizedSetting): NormalizedSetting => {
  if (!prev) return next;
  return {
    ...prev,
    ...next,
    ...(prev.options || next.options ? { options: { ...prev.options, ...next.options } } : {}),
  };
};
