// Numbers, dates, plurals and evidence values as a reader of the locale writes them
// (Intl: de-DE has a decimal comma and "1.047" for a thousand and forty-seven).
import type { Locale, Report } from '../../model/index.js';

const tags: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

const cached = <T>(map: Map<Locale, T>, locale: Locale, make: () => T): T => {
  let f = map.get(locale);
  if (f === undefined) map.set(locale, (f = make()));
  return f;
};

/** A number in the locale's notation, up to four decimals. */
export const formatNumber = (locale: Locale, n: number): string =>
  cached(numberFormats, locale, () => new Intl.NumberFormat(tags[locale], { maximumFractionDigits: 4 })).format(n);

/** A calendar day (YYYY-MM-DD, read as that day in UTC) or an instant, as the locale writes dates. */
export const formatDate = (locale: Locale, d: Date): string =>
  cached(dateFormats, locale, () => new Intl.DateTimeFormat(tags[locale], { dateStyle: 'medium', timeZone: 'UTC' })).format(d);

/** An instant with its time of day (UTC). */
export const formatDateTime = (locale: Locale, d: Date): string =>
  cached(dateTimeFormats, locale, () => new Intl.DateTimeFormat(tags[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })).format(d);

const whenOf = (locale: Locale, d: Date): string =>
  d.getTime() % 86_400_000 === 0 ? formatDate(locale, d) : `${formatDateTime(locale, d)} UTC`;

/** The form for n of { one, other } by the locale's plural rules. */
export const plural = (locale: Locale, n: number, forms: { readonly one: string; readonly other: string }): string =>
  cached(pluralRules, locale, () => new Intl.PluralRules(tags[locale])).select(n) === 'one' ? forms.one : forms.other;

const isoDay = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/;
const yesNo: Record<Locale, [string, string]> = { de: ['ja', 'nein'], en: ['yes', 'no'] };
const MAX_LISTED = 10;

/** An evidence value for people: numbers and dates localised, yes/no, long lists cut with a count. */
export const formatValue = (locale: Locale, value: unknown): string => {
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(locale, value) : String(value);
  if (typeof value === 'boolean') return yesNo[locale][value ? 0 : 1];
  if (value === null || value === undefined) return '–';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '–' : whenOf(locale, value);
  if (typeof value === 'string') {
    if (isoDay.test(value)) {
      const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
      if (!Number.isNaN(d.getTime())) return whenOf(locale, d);
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_LISTED).map((v) => formatValue(locale, v)).join(', ');
    const more = value.length - MAX_LISTED;
    return more > 0 ? `[${shown}, … ${locale === 'de' ? `${formatNumber(locale, more)} weitere` : `${formatNumber(locale, more)} more`}]` : `[${shown}]`;
  }
  return JSON.stringify(value);
};

/**
 * The language of a report's messages: a violation's `message` is written in the policy's
 * locale, so it tells German from English; a report without any says nothing (undefined).
 */
export const reportLocale = (report: Pick<Report, 'violations'>): Locale | undefined => {
  for (const v of report.violations) {
    if (v.messages.de === v.messages.en) continue;
    if (v.message === v.messages.de) return 'de';
    if (v.message === v.messages.en) return 'en';
  }
  return undefined;
};
