import { recipientFields, type FieldKind } from './fields.js';

const truthy = new Set(['true', '1', 'yes', 'y', 'ja', 'j', 'x']);
const falsy = new Set(['false', '0', 'no', 'n', 'nein']);

// A cell that does not fit its kind is passed on as the text it is, so schema validation names
// the field (recipients[3].hardBounces: expected number) instead of the reader guessing.
const coerce = (kind: FieldKind, cell: string): unknown => {
  switch (kind) {
    case 'number':
      // Decimal notation only: Number() also reads "0x10" as 16, "0b11" as 3 and "Infinity".
      return isDecimal(cell) ? Number(cell) : cell;
    case 'boolean': {
      const v = cell.toLowerCase();
      return truthy.has(v) ? true : falsy.has(v) ? false : cell;
    }
    case 'list':
      if (cell.startsWith('[')) {
        try {
          return JSON.parse(cell) as unknown;
        } catch {
          return cell;
        }
      }
      return cell.split(/[;|,]/).map((s) => s.trim()).filter(Boolean);
    default:
      return cell;
  }
};

/** "12", "-3", "0.25", ".5", "1e3": optional sign, digits with at most one point, optional exponent. */
export const isDecimal = (s: string): boolean => {
  let i = s[0] === '-' || s[0] === '+' ? 1 : 0;
  let digits = 0;
  let point = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !point) point = true;
    else break;
  }
  if (digits === 0) return false;
  if (i < s.length && (s[i] === 'e' || s[i] === 'E')) {
    i++;
    if (s[i] === '-' || s[i] === '+') i++;
    const start = i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start) return false;
  }
  return i === s.length && Number.isFinite(Number(s));
};

const setPath = (target: Record<string, unknown>, path: string, value: unknown): void => {
  const keys = path.split('.');
  let obj = target;
  for (const key of keys.slice(0, -1)) {
    const next = obj[key];
    obj = (typeof next === 'object' && next !== null ? next : (obj[key] = {})) as Record<string, unknown>;
  }
  obj[keys[keys.length - 1]!] = value;
};

/**
 * One row as a Recipient input: columns are Recipient paths (see fieldOf), dotted ones nest,
 * cells are read as their field's kind, empty cells are left out.
 */
export const rowToRecipient = (columns: readonly (string | undefined)[], row: readonly string[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  columns.forEach((path, i) => {
    const cell = row[i]?.trim() ?? '';
    if (path === undefined || cell === '') return;
    setPath(out, path, coerce(recipientFields.get(path) ?? 'string', cell));
  });
  return out;
};
