import type { Locale, Report, Severity } from '../../model/index.js';

type Text = Record<Locale, string>;

export const severityLabel: Record<Severity, Text> = {
  prohibited: { de: 'verboten', en: 'prohibited' },
  undesired: { de: 'unerwünscht', en: 'undesired' },
  advisory: { de: 'Hinweis', en: 'advisory' },
};

/** A severity after a count, "2 verboten, 0 Hinweise": the German noun takes its plural. */
export const severityCountLabel = (severity: Severity, n: number, locale: Locale): string =>
  locale === 'de' && severity === 'advisory' ? (n === 1 ? 'Hinweis' : 'Hinweise') : severityLabel[severity][locale];

export const verdictLabel: Record<Report['verdict'], Text> = {
  send: { de: 'versenden', en: 'send' },
  fix: { de: 'erst beheben', en: 'fix first' },
  hold: { de: 'anhalten', en: 'hold' },
};

export const labels = {
  message: { de: 'Nachricht', en: 'message' },
  history: { de: 'Versandhistorie', en: 'sending history' },
  invalid: { de: 'ungültiger Empfänger-Datensatz', en: 'invalid recipient record' },
  verdict: { de: 'Ergebnis', en: 'Verdict' },
  sanction: { de: 'Empfohlene Maßnahme', en: 'Suggested action' },
  recipients: { de: 'Empfänger', en: 'Recipients' },
  recipientRecord: { de: (index: number) => `Empfänger[${index}]`, en: (index: number) => `recipients[${index}]` },
  clean: { de: 'Keine Verstöße gefunden.', en: 'No violations found.' },
  problems: { de: { one: 'Verstoß', other: 'Verstöße' }, en: { one: 'problem', other: 'problems' } },
  recipientCounts: { de: ['versenden', 'ausschließen', 'ungültig'], en: ['send', 'exclude', 'invalid'] },
  docs: { de: 'Mehr zu den Regeln', en: 'About the rules' },
  line: { de: 'Zeile', en: 'line' },
  moreRecipients: {
    de: { one: '… und # weiterer Empfänger mit Verstößen (alle zeigt --verbose)', other: '… und # weitere Empfänger mit Verstößen (alle zeigt --verbose)' },
    en: { one: '… and # more recipient with problems (--verbose shows every one)', other: '… and # more recipients with problems (--verbose shows every one)' },
  },
  invalidInAll: {
    de: (n: string, shown: string) => `${n} ungültige Empfänger-Datensätze insgesamt; die ersten ${shown} Fehler sind aufgeführt`,
    en: (n: string, shown: string) => `${n} invalid recipient records in all; the first ${shown} issues are listed`,
  },
  invalidRecords: { de: { one: 'ungültiger Empfänger-Datensatz', other: 'ungültige Empfänger-Datensätze' }, en: { one: 'invalid recipient record', other: 'invalid recipient records' } },
} as const;

// A pack announced after the check's day governs nothing yet (S8): its rules were not applied.
export const notApplied = {
  de: (pack: string, version: string, at: string, day: string) => `Regelpaket ${pack} ${version} nicht angewandt: angekündigt am ${at}, nach dem Prüftag ${day}.`,
  en: (pack: string, version: string, at: string, day: string) => `Pack ${pack} ${version} not applied: announced on ${at}, after the check's day ${day}.`,
} as const;
