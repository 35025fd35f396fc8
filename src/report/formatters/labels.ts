import type { Locale, Report, Severity } from '../../model/index.js';

type Text = Record<Locale, string>;

export const severityLabel: Record<Severity, Text> = {
  prohibited: { de: 'verboten', en: 'prohibited' },
  undesired: { de: 'unerwünscht', en: 'undesired' },
  advisory: { de: 'Hinweis', en: 'advisory' },
};

export const verdictLabel: Record<Report['verdict'], Text> = {
  send: { de: 'versenden', en: 'send' },
  fix: { de: 'erst beheben', en: 'fix first' },
  hold: { de: 'anhalten', en: 'hold' },
};

export const labels = {
  message: { de: 'Nachricht', en: 'message' },
  history: { de: 'Versandhistorie', en: 'sending history' },
  invalid: { de: 'ungültiger Empfänger-Datensatz', en: 'invalid recipient record' },
  verdict: { de: 'Urteil', en: 'Verdict' },
  sanction: { de: 'Vorgeschlagene Maßnahme', en: 'Suggested sanction' },
  recipients: { de: 'Empfänger', en: 'Recipients' },
  clean: { de: 'Keine Verstöße gefunden.', en: 'No violations found.' },
  problems: { de: (n: number) => (n === 1 ? '1 Verstoß' : `${n} Verstöße`), en: (n: number) => (n === 1 ? '1 problem' : `${n} problems`) },
  recipientCounts: {
    de: (send: number | string, exclude: number | string, invalid: number | string) => `${send} versenden, ${exclude} ausschließen, ${invalid} ungültig`,
    en: (send: number | string, exclude: number | string, invalid: number | string) => `${send} send, ${exclude} exclude, ${invalid} invalid`,
  },
} as const;
