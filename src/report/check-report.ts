import { InputError, ReportSchema, toInputIssues, type Report } from '../model/index.js';

/**
 * The report a renderer was handed, checked against ReportSchema (a report may come back from
 * JSON or from anywhere): an InputError naming every bad field at `report.…`, never a TypeError
 * from deep inside a formatter.
 */
export const checkReport = (report: unknown): Report => {
  const r = ReportSchema.safeParse(report);
  if (!r.success) throw new InputError(toInputIssues('report', r.error));
  return report as Report;
};
