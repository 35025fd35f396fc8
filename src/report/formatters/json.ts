import type { Report } from '../../model/index.js';

/** The Report itself as JSON, the same object the API returns. */
export const formatJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;
