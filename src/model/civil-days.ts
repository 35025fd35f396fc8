// Calendar days as day numbers, in integer arithmetic (H. Hinnant's algorithms for the proleptic
// Gregorian calendar): date parsing and the month clocks work on these instead of Date objects.

export const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to a proleptic Gregorian day (month 1–12): days_from_civil. */
export const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
};
