import type { Report } from '../model/index.js';
import { renderNotice as renderReportNotice, type NoticeOptions } from '../report/index.js';
import { builtinPacks } from '../packs/builtin-packs.js';

/**
 * The notice the provider sends the customer before intervening (S5 of the seed policy): each
 * breach with its clause and heading, the evidence, what to change and the intended actions,
 * then every clause mentioned. Clause headings come from `options.packs` and the built-in packs
 * the report names; a custom pack's clauses are quoted when its pack is passed.
 */
export const renderNotice = (report: Report, options: NoticeOptions = {}): string =>
  renderReportNotice(report, { ...options, packs: [...(options?.packs ?? []), ...builtinPacks] });
