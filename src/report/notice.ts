import * as z from 'zod';
import { InputError, LocaleSchema, toInputIssues, type Locale, type Report } from '../model/index.js';
import { checkReport } from './check-report.js';
import { noticeDocument } from './notice-doc.js';
import { renderMarkdown, renderText } from './notice-render.js';
import { clauseHeadingOf, type Clause } from '../engine/index.js';

/** What a notice needs of a pack: its clauses, and the language their headings are quoted in. */
export interface NoticePack {
  readonly name: string;
  readonly language?: 'de' | 'en';
  readonly clauses: readonly Clause[];
}

export interface NoticeOptions {
  /** Default 'de'. */
  readonly locale?: Locale;
  /** Default 'text'. */
  readonly format?: 'text' | 'markdown';
  /** Recipient addresses listed per rule before "… and N more" (default 10). */
  readonly maxRecipients?: number;
  /**
   * The packs whose clause headings the notice quotes (`createPolicy`'s packs). From the
   * `mailpolicy` entry the default is every built-in pack the report names in policyVersions.
   */
  readonly packs?: readonly NoticePack[];
}

const OptionsSchema = z
  .object({
    locale: LocaleSchema.optional(),
    format: z.enum(['text', 'markdown']).optional(),
    maxRecipients: z.number().int().nonnegative().optional(),
    packs: z.array(z.custom<NoticePack>((p) => typeof p === 'object' && p !== null && Array.isArray((p as NoticePack).clauses), 'expected a rule pack')).optional(),
  })
  .strict();

/**
 * The notice the provider sends the customer before intervening (S5): each breach with its
 * clause id and German heading, the evidence, what to change and the intended actions, then
 * every clause mentioned with its German heading. Plain text or Markdown (customer text escaped).
 */
export const renderNotice = (report: Report, options: NoticeOptions = {}): string => {
  const parsed = OptionsSchema.safeParse(options ?? {});
  if (!parsed.success) throw new InputError(toInputIssues('options', parsed.error));
  const { locale = 'de', format = 'text', maxRecipients = 10, packs = [] } = parsed.data;
  const checked = checkReport(report);
  // The clauses of the packs that governed the check; headings in each pack's policy language.
  const named = new Set(checked.policyVersions?.map((v) => v.pack) ?? []);
  const clauses = new Map<string, string>();
  for (const p of packs.filter((x) => named.size === 0 || named.has(x.name))) for (const c of p.clauses) if (!clauses.has(c.id)) clauses.set(c.id, clauseHeadingOf(c, p.language));
  // Violations carry their clause's heading: cited even when no pack was given.
  for (const v of checked.violations) if (!clauses.has(v.clause)) clauses.set(v.clause, v.clauseHeading);
  const blocks = noticeDocument(checked, { locale, maxRecipients, clauses });
  return format === 'markdown' ? renderMarkdown(blocks) : renderText(blocks);
};
