// § 193 BGB: "Ist an einem bestimmten Tage oder innerhalb einer Frist eine Willenserklärung
// abzugeben oder eine Leistung zu bewirken und fällt der bestimmte Tag oder der letzte Tag der
// Frist auf einen Sonntag, einen am Erklärungs- oder Leistungsort staatlich anerkannten
// allgemeinen Feiertag oder einen Sonnabend, so tritt an die Stelle eines solchen Tages der
// nächste Werktag." The holidays below are the ones every German state observes; a state's own
// (Heilige Drei Könige, Fronleichnam, Reformationstag, …) are the caller's to add.

import { daysFromCivil } from '../model/civil-days.js';

/** Easter Sunday of a Gregorian year as a day number (the anonymous Gregorian algorithm). */
const easter = (y: number): number => {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(y, month, day);
};

/** The nationwide public holidays of a year, as day numbers (since German unity, 1990). */
export const germanNationwideHolidays = (y: number): number[] => {
  const e = easter(y);
  const days = [
    daysFromCivil(y, 1, 1), // Neujahr
    e - 2, // Karfreitag
    e + 1, // Ostermontag
    daysFromCivil(y, 5, 1), // Tag der Arbeit
    e + 39, // Christi Himmelfahrt
    e + 50, // Pfingstmontag
    daysFromCivil(y, 10, 3), // Tag der Deutschen Einheit
    daysFromCivil(y, 12, 25), // 1. Weihnachtstag
    daysFromCivil(y, 12, 26), // 2. Weihnachtstag
  ];
  if (y === 2017) days.push(daysFromCivil(2017, 10, 31)); // 500 Jahre Reformation, once nationwide
  return days;
};

/** 0 Sunday … 6 Saturday of a day number (1970-01-01 was a Thursday). */
export const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

/**
 * § 193 BGB: the day itself when it is a working day, else the next day that is neither a
 * Saturday, a Sunday, a nationwide holiday nor one of `extraHolidays` (day numbers).
 */
export const nextWorkingDay = (day: number, extraHolidays: ReadonlySet<number> = new Set()): number => {
  let d = day;
  for (;;) {
    const wd = weekday(d);
    const year = new Date(d * 86_400_000).getUTCFullYear();
    if (wd !== 0 && wd !== 6 && !extraHolidays.has(d) && !germanNationwideHolidays(year).includes(d)) return d;
    d += 1;
  }
};
