// The reasons of each escalation step (S6), in German and English. Every reason names the rule
// ids and clauses behind it so the customer can find the sentence of the policy they broke.
import type { SendingHistory } from '../../model/index.js';
import { listTriggers, type Localized, type Trigger } from '../../sanctions/index.js';
import { isoDay } from './history-record.js';

export type { Localized };

type Incident = NonNullable<SendingHistory['incidents']>[number];

/** Why a prohibited breach does not make the contract eligible for termination despite a warning on record. */
export type NoTermination =
  | { readonly kind: 'no-warning' }
  | { readonly kind: 'only-excluded'; readonly warnedAt: Date }
  | { readonly kind: 'expired'; readonly warnedAt: Date; readonly validityDays: number }
  | { readonly kind: 'other-kind'; readonly warnedAt: Date };

const deNumber = new Intl.NumberFormat('de-DE');
const enNumber = new Intl.NumberFormat('en-GB');

/** "; 1 Empfänger wird ausgeschlossen" / "; 3 Empfänger werden ausgeschlossen" (and English), or nothing. */
const excludedText = (n: number): Localized =>
  n === 0
    ? { de: '', en: '' }
    : {
        de: `; ${deNumber.format(n)} Empfänger ${n === 1 ? 'wird ausgeschlossen (an ihn geht nichts)' : 'werden ausgeschlossen (an sie geht nichts)'}`,
        en: `; ${enNumber.format(n)} ${n === 1 ? 'recipient is' : 'recipients are'} excluded (nothing goes to them)`,
      };

const noTerminationText = (why: NoTermination): Localized => {
  switch (why.kind) {
    case 'no-warning':
      return { de: '', en: '' };
    case 'only-excluded':
      return {
        de: ` Die Abmahnung vom ${isoDay(why.warnedAt)} führt nicht zur Kündigung: die betroffenen Empfänger werden ausgeschlossen, der Verstoß geht nicht hinaus.`,
        en: ` The formal warning of ${isoDay(why.warnedAt)} does not lead to termination: the recipients concerned are excluded, the breach does not go out.`,
      };
    case 'expired':
      return {
        de: ` Die Abmahnung vom ${isoDay(why.warnedAt)} liegt mehr als ${deNumber.format(why.validityDays)} ${why.validityDays === 1 ? 'Tag' : 'Tage'} zurück und zählt nicht mehr.`,
        en: ` The formal warning of ${isoDay(why.warnedAt)} lies more than ${enNumber.format(why.validityDays)} ${why.validityDays === 1 ? 'day' : 'days'} back and no longer counts.`,
      };
    case 'other-kind':
      return {
        de: ` Die Abmahnung vom ${isoDay(why.warnedAt)} betraf keinen Verstoß dieser Art (gleiche Regel oder Klausel) und führt nicht zur Kündigung.`,
        en: ` The formal warning of ${isoDay(why.warnedAt)} concerned no breach of this kind (same rule or clause) and does not lead to termination.`,
      };
  }
};

/** An incident's severity in words, for an incident that names neither rule nor clause. */
const severityWords = {
  de: { prohibited: 'verbotene Nutzung', undesired: 'unerwünschte Nutzung', advisory: 'Hinweis' },
  en: { prohibited: 'prohibited use', undesired: 'undesired use', advisory: 'advisory' },
} as const;

const earlier = (incidents: readonly Incident[], l: 'de' | 'en'): string =>
  incidents
    .map((i) => `${isoDay(i.at)} ${[i.ruleId, i.clause && `(${i.clause})`].filter(Boolean).join(' ') || (severityWords[l] as Record<string, string>)[i.severity] || i.severity}`)
    .join(', ');

export const firstUndesiredText = (t: readonly Trigger[], days: number): Localized => ({
  de: `Erster unerwünschter Verstoß (S6): ${listTriggers(t)}; ${days === 1 ? 'am Tag' : `in den ${deNumber.format(days)} Tagen`} davor ist kein Verstoß dokumentiert. Sie werden vor jedem Eingriff benachrichtigt (S5).`,
  en: `First undesired breach (S6): ${listTriggers(t)}; no breach is documented ${days === 1 ? 'on the day' : `in the ${enNumber.format(days)} days`} before. The customer is notified before any intervention (S5).`,
});

export const repeatedUndesiredText = (t: readonly Trigger[], days: number, before: readonly Incident[]): Localized => ({
  de: `Wiederholter unerwünschter Verstoß innerhalb von ${deNumber.format(days)} ${days === 1 ? 'Tag' : 'Tagen'} (S6): jetzt ${listTriggers(t)}; dokumentiert: ${earlier(before, 'de')}. Die Senderate wird begrenzt (S1).`,
  en: `Undesired breach repeated within ${enNumber.format(days)} ${days === 1 ? 'day' : 'days'} (S6): now ${listTriggers(t)}; documented before: ${earlier(before, 'en')}. The sending rate is limited (S1).`,
});

export const pauseText = (t: readonly Trigger[]): Localized => ({
  de: `Verbotene Nutzung im Versand selbst (S6): ${listTriggers(t)}. Der Massenversand wird angehalten (S2).`,
  en: `Prohibited use in the send itself (S6): ${listTriggers(t)}. The bulk mailing is paused (S2).`,
});

export const warningText = (t: readonly Trigger[], excluded: number, why: NoTermination = { kind: 'no-warning' }): Localized => {
  const ex = excludedText(excluded);
  const no = noTerminationText(why);
  return {
    de: `Verbotene Nutzung (S6): ${listTriggers(t)}${ex.de}. Sie werden abgemahnt; eine weitere verbotene Nutzung dieser Art berechtigt zur Kündigung.${no.de}`,
    en: `Prohibited use (S6): ${listTriggers(t)}${ex.en}. It earns you a formal warning; a further prohibited use of this kind makes the contract eligible for termination.${no.en}`,
  };
};

export const terminationText = (t: readonly Trigger[], warnedAt: Date, before: readonly Incident[], excluded: number): Localized => {
  const docs = { de: before.length > 0 ? earlier(before, 'de') : null, en: before.length > 0 ? earlier(before, 'en') : null };
  const ex = excludedText(excluded);
  return {
    de: `Verbotene Nutzung derselben Art nach der Abmahnung vom ${isoDay(warnedAt)} (S6): ${listTriggers(t)}${ex.de}${docs.de ? `; dokumentierte frühere Verstöße: ${docs.de}` : ''}. Der Vertrag kann gekündigt werden.`,
    en: `Prohibited use of the same kind after the formal warning of ${isoDay(warnedAt)} (S6): ${listTriggers(t)}${ex.en}${docs.en ? `; documented earlier breaches: ${docs.en}` : ''}. The contract is eligible for termination.`,
  };
};
