// "Did you mean …?" for an unknown field of an input record: a misspelled `unsubscribed_at` must
// not be dropped in silence (an unsubscribed person would get the newsletter), and the issue
// should name the field meant.

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Levenshtein distance (two rows; field names are short). */
const distance = (a: string, b: string): number => {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
};

/**
 * The known field `name` most likely means: the same letters ignoring case, `_`, `-` and spaces
 * (unsubscribed_at → unsubscribedAt), else the nearest by edit distance within a third of its
 * length, at least two (lastOpenedAt → lastOpenAt); null when none is close.
 */
export const closestField = (name: string, known: readonly string[]): string | null => {
  if (name.length > 100) return null;
  const s = squash(name);
  const same = known.find((k) => squash(k) === s);
  if (same !== undefined) return same;
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(s.length / 3)) + 1;
  for (const k of known) {
    const d = distance(s, squash(k));
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
};
