import type { Report } from '../../model/index.js';
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
export const formatReport = (report: Report, format: Format, options: FormatOptions = {}): string =>
  ({ stylish: formatStylish, json: formatJson, sarif: formatSarif, junit: formatJunit })[format](report, options);
export { severityLabel, verdictLabel } from './labels.js';
export { headerLines } from './regions.js';
