import type { Pack, SanctionPolicy } from '../engine/index.js';
import { decideSanction } from './escalation/index.js';
import * as files from './managed-email-server.rules.js';
import type { RuleId } from './managed-email-server.rules.js';
import { defineBuiltinPack } from './define-builtin-pack.js';

/** The ids of the built-in pack's rules ('mes/no-imprint', …): a misspelled one in createPolicy({ rules }) does not compile. */
export type ManagedEmailServerRuleId = RuleId;

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** S5–S7: the escalation ladder from the documented history, plus each rule's own action. */
const escalation: SanctionPolicy = ({ violations, history, now, locale, options }) =>
  decideSanction({ violations, history, now, locale, repeatPeriodDays: num(options.repeatPeriodDays), warningValidityDays: num(options.warningValidityDays) });

/** The built-in pack: the provider's "Richtlinien Managed Email Server" (CLAUSES.md). */
export const managedEmailServer: Pack = defineBuiltinPack(files, { sanctions: escalation });

/** @deprecated read `managedEmailServer.clauses`. The seed's clauses by id, heading in German. */
export const clauses: ReadonlyMap<string, { readonly id: string; readonly group: string; readonly heading: string; readonly summary: string }> = new Map(
  managedEmailServer.clauses.map((c) => [c.id, Object.freeze({ id: c.id, group: c.group ?? '', heading: c.heading.de ?? c.heading.en, summary: c.summary?.en ?? '' })]),
);

/** @deprecated read `managedEmailServer.clauses`. */
export const clauseIds: readonly string[] = managedEmailServer.clauses.map((c) => c.id);
