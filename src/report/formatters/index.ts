import { describeValue, describeValueDe, InputError, inputIssue, type Report } from '../../model/index.js';
import { checkReport } from '../check-report.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { FormatOptions } from './options.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export { formatJson, formatJunit, formatSarif, formatStylish };
export type { FormatOptions, FormatRule } from './options.js';

export const formats = ['stylish', 'json', 'sarif', 'junit'] as const;
export type Format = (typeof formats)[number];

/** Renders a report in one of the formats; pure, no I/O. */
const formatters = { stylish: formatStylish, json: formatJson, sarif: formatSarif, junit: formatJunit } as const;

/** Renders a report in one of the formats; pure, no I/O. A bad report or format is an InputError. */
export const formatReport = (report: Report, format: Format, options: FormatOptions = {}): string => {
  if (!(formats as readonly unknown[]).includes(format)) {
    throw new InputError([
      inputIssue('format', `expected one of ${formats.join(', ')}, got ${typeof format === 'string' ? JSON.stringify(format.slice(0, 40)) : describeValue(format)}`,
        `erwartet eines von ${formats.join(', ')}, erhalten: ${typeof format === 'string' ? JSON.stringify(format.slice(0, 40)) : describeValueDe(format)}`),
    ]);
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new InputError([inputIssue('options', `expected an object of format options, got ${describeValue(options)}`, `erwartet ein Objekt mit Formatoptionen, erhalten: ${describeValueDe(options)}`)]);
  }
  return formatters[format](checkReport(report), options);
};
export { severityLabel, verdictLabel } from './labels.js';
export { reportStream, STREAM_SAMPLE, type ReportStream, type StreamCounts, type StreamEnd, type StreamHead } from './streaming.js';
export { escapeControl } from './escape.js';
export { fileUri } from './sarif.js';
export { headerLines } from './regions.js';
