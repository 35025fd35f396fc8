// What a value is, for messages that say what was expected and what came instead. Never the
// value itself beyond a short number: input may be large or private.

/** "null", "undefined", "NaN", "Infinity", "a number (5)", "a string", "an array", "a function", "an object" … */
export const describeValue = (v: unknown): string => {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? `a number (${String(v).slice(0, 24)})` : String(v);
  if (Array.isArray(v)) return 'an array';
  const t = typeof v;
  return t === 'object' ? 'an object' : t === 'undefined' ? 'undefined' : `a${/^[aeiou]/.test(t) ? 'n' : ''} ${t}`;
};

const germanType: Record<string, string> = {
  string: 'ein Text', boolean: 'ein Wahrheitswert', bigint: 'eine BigInt-Zahl', symbol: 'ein Symbol', function: 'eine Funktion', object: 'ein Objekt',
};

/** describeValue in German: "null", "NaN", "eine Zahl (5)", "ein Text", "eine Liste", "ein Objekt" … */
export const describeValueDe = (v: unknown): string => {
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? `eine Zahl (${String(v).slice(0, 24)})` : String(v);
  if (Array.isArray(v)) return 'eine Liste';
  return germanType[typeof v] ?? 'ein Wert';
};
