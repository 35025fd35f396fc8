// DSGVO Art. 7(1): "Beruht die Verarbeitung auf einer Einwilligung, muss der Verantwortliche
// nachweisen können, dass die betroffene Person in die Verarbeitung ihrer personenbezogenen Daten
// eingewilligt hat." Commentaries: when, how, with which text and from which source. For e-mail
// advertising BGH I ZR 164/09 accepts a double opt-in confirmation as proof, documented per address.
import type { Recipient } from '../../../model/index.js';
import { isoOrNull } from '../../clock.js';

/** The pieces of evidence a consent record should carry, in the order a message lists them. */
export const consentEvidenceFields = ['when', 'how', 'text version', 'source'] as const;
export type ConsentEvidenceField = (typeof consentEvidenceFields)[number];
const GERMAN: Record<ConsentEvidenceField, string> = { when: 'Zeitpunkt', how: 'Verfahren', 'text version': 'Textversion', source: 'Quelle' };

export interface ConsentEvidenceFacts {
  /** The recipient's advertising consent is recorded as given (status confirmed, not § 7(3), not withdrawn by unsubscribing). */
  readonly reliedUpon: boolean;
  /** The evidence the record lacks: when (requestedAt or confirmedAt), how (method), text version, source. */
  readonly missing: readonly ConsentEvidenceField[];
  /** `missing` joined for messages, in English ("text version, source") and German. */
  readonly missingText: string;
  readonly missingTextDe: string;
  readonly complete: boolean;
  /** Confirmed by double opt-in with a confirmation timestamp: the proof BGH I ZR 164/09 accepts for e-mail. */
  readonly doiProof: boolean;
  readonly method: string | null;
  readonly confirmedAt: string | null;
}

/** The proof of one recipient's consent. Pure. */
export const consentEvidence = (recipient: Recipient): ConsentEvidenceFacts => {
  const c = recipient.consent;
  const reliedUpon = c?.status === 'confirmed' && c.method !== 'existing-customer' && recipient.unsubscribedAt === undefined;
  const has: Record<ConsentEvidenceField, boolean> = {
    when: c?.confirmedAt !== undefined || c?.requestedAt !== undefined,
    how: c?.method !== undefined,
    'text version': c?.textVersion !== undefined,
    source: c?.source !== undefined || recipient.source !== undefined,
  };
  const missing = consentEvidenceFields.filter((f) => !has[f]);
  return {
    reliedUpon,
    missing,
    missingText: missing.join(', '),
    missingTextDe: missing.map((f) => GERMAN[f]).join(', '),
    complete: missing.length === 0,
    doiProof: reliedUpon && c?.method === 'double-opt-in' && c.confirmedAt !== undefined,
    method: c?.method ?? null,
    confirmedAt: isoOrNull(c?.confirmedAt),
  };
};
