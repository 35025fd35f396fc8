// The reasons of each escalation step (S6), in German and English. Every reason names the rule
// ids and clauses behind it so the customer can find the sentence of the policy they broke.
import type { SendingHistory } from '../model/index.js';
import { isoDay } from './history-record.js';
import { listTriggers, type Trigger } from './triggers.js';

export interface Localized {
  readonly de: string;
  readonly en: string;
}

type Incident = NonNullable<SendingHistory['incidents']>[number];

const earlier = (incidents: readonly Incident[]): string =>
  incidents
    .map((i) => `${isoDay(i.at)} ${[i.ruleId, i.clause && `(${i.clause})`].filter(Boolean).join(' ') || i.severity}`)
    .join(', ');

export const firstUndesiredText = (t: readonly Trigger[], days: number): Localized => ({
  de: `Erster unerwünschter Verstoß (S6): ${listTriggers(t)}; in den ${days} Tagen davor ist kein Verstoß dokumentiert. Der Kunde wird vor jedem Eingriff benachrichtigt (S5).`,
  en: `First undesired breach (S6): ${listTriggers(t)}; no breach is documented in the ${days} days before. The customer is notified before any intervention (S5).`,
});

export const repeatedUndesiredText = (t: readonly Trigger[], days: number, before: readonly Incident[]): Localized => ({
  de: `Wiederholter unerwünschter Verstoß innerhalb von ${days} Tagen (S6): jetzt ${listTriggers(t)}; dokumentiert: ${earlier(before)}. Die Senderate wird begrenzt (S1).`,
  en: `Undesired breach repeated within ${days} days (S6): now ${listTriggers(t)}; documented before: ${earlier(before)}. The sending rate is limited (S1).`,
});

export const pauseText = (t: readonly Trigger[]): Localized => ({
  de: `Verbotene Nutzung im Versand selbst (S6): ${listTriggers(t)}. Der Massenversand wird angehalten (S2).`,
  en: `Prohibited use in the send itself (S6): ${listTriggers(t)}. The bulk mailing is paused (S2).`,
});

export const warningText = (t: readonly Trigger[], excluded: number): Localized => ({
  de: `Verbotene Nutzung (S6): ${listTriggers(t)}${excluded > 0 ? `; ${excluded} Empfänger werden ausgeschlossen` : ''}. Sie wird abgemahnt; eine weitere verbotene Nutzung berechtigt zur Kündigung.`,
  en: `Prohibited use (S6): ${listTriggers(t)}${excluded > 0 ? `; ${excluded} recipient(s) are excluded` : ''}. It earns a formal warning; a further prohibited use makes the contract eligible for termination.`,
});

export const terminationText = (t: readonly Trigger[], warnedAt: Date, before: readonly Incident[], excluded: number): Localized => {
  const docs = before.length > 0 ? earlier(before) : null;
  return {
    de: `Verbotene Nutzung nach der Abmahnung vom ${isoDay(warnedAt)} (S6): ${listTriggers(t)}${excluded > 0 ? `; ${excluded} Empfänger werden ausgeschlossen` : ''}${docs ? `; dokumentierte frühere Verstöße: ${docs}` : ''}. Der Vertrag kann gekündigt werden.`,
    en: `Prohibited use after the formal warning of ${isoDay(warnedAt)} (S6): ${listTriggers(t)}${excluded > 0 ? `; ${excluded} recipient(s) are excluded` : ''}${docs ? `; documented earlier breaches: ${docs}` : ''}. The contract is eligible for termination.`,
  };
};

export const ruleSanctionText = (t: readonly Trigger[]): Localized => ({
  de: `Vorgeschlagen von ${listTriggers(t)}.`,
  en: `Suggested by ${listTriggers(t)}.`,
});
