// Calendar days as day numbers, in integer arithmetic (H. Hinnant's algorithms for the proleptic
// Gregorian calendar): date parsing and the month clocks work on these instead of Date objects.

export const DAY_MS = 86_400_000;

/**
 * ⌊a / b⌋ for integers a of int32 size and b > 0. Written so V8 keeps it in int32 arithmetic
 * (a division by a constant becomes a multiplication): the calendar steps below run several
 * times per recipient, and Math.floor of a float division cost most of their time.
 */
export const floorDiv = (a: number, b: number): number => ((a >= 0 ? a : a - b + 1) / b) | 0;

/** Days from 1970-01-01 to a proleptic Gregorian day (month 1–12): days_from_civil. */
export const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yearOfEra = y - era * 400; // 0–399
  const dayOfYear = (((153 * ((month + 9) % 12) + 2) / 5) | 0) + day - 1;
  return era * 146097 + yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear - 719468;
};
