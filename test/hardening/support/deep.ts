/** Freezes a value and everything it reaches (typed arrays are left alone: they cannot be frozen). */
export const deepFreeze = <T>(value: T, seen = new Set<unknown>()): T => {
  if (value === null || typeof value !== 'object' || seen.has(value) || ArrayBuffer.isView(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d && 'value' in d) deepFreeze(d.value, seen);
  }
  return Object.freeze(value);
};
