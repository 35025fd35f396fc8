import * as z from 'zod';
import { InputError, LocaleSchema, toInputIssues, type Locale, type Report } from '../model/index.js';
import { noticeDocument } from './notice-doc.js';
import { renderMarkdown, renderText } from './notice-render.js';

export interface NoticeOptions {
  /** Default 'de'. */
  readonly locale?: Locale;
  /** Default 'text'. */
  readonly format?: 'text' | 'markdown';
  /** Recipient addresses listed per rule before "… and N more" (default 10). */
  readonly maxRecipients?: number;
}

const OptionsSchema = z
  .object({
    locale: LocaleSchema.optional(),
    format: z.enum(['text', 'markdown']).optional(),
    maxRecipients: z.number().int().nonnegative().optional(),
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
  const { locale = 'de', format = 'text', maxRecipients = 10 } = parsed.data;
  const blocks = noticeDocument(report, { locale, maxRecipients });
  return format === 'markdown' ? renderMarkdown(blocks) : renderText(blocks);
};
