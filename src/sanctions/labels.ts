import type { Locale, SanctionKind } from '../model/index.js';

/** A readable name for each action, for reasons and notices. */
export const sanctionLabel: Readonly<Record<Locale, Readonly<Record<SanctionKind, string>>>> = {
  de: {
    none: 'Kein Eingriff',
    notice: 'Hinweis an den Kunden',
    'rate-limit': 'Senderate begrenzen',
    'rotate-ip': 'IP-Adresse wechseln',
    'pause-campaign': 'Massenversand anhalten',
    'abort-campaign': 'Massenversand abbrechen',
    warning: 'Abmahnung',
    'suspend-account': 'Zugang sperren',
    'termination-eligible': 'Kündigung möglich',
  },
  en: {
    none: 'No intervention',
    notice: 'Notice to the customer',
    'rate-limit': 'Limit the sending rate',
    'rotate-ip': 'Change the sending IP address',
    'pause-campaign': 'Pause the bulk mailing',
    'abort-campaign': 'Abort the bulk mailing',
    warning: 'Formal warning',
    'suspend-account': 'Suspend the account',
    'termination-eligible': 'Termination possible',
  },
};
