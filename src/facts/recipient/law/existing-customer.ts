// UWG § 7(3): advertising by e-mail to an existing customer without consent is allowed only when
// all four conditions hold (cumulative: OLG Jena 2 U 88/10):
//   1. the sender obtained the address "im Zusammenhang mit dem Verkauf einer Ware oder Dienstleistung";
//   2. it advertises its own similar goods or services;
//   3. the customer has not objected;
//   4. the customer was told clearly, at collection and in every use, that they may object at any
//      time without costs beyond the transmission costs at basic rates.
// Similarity is judged here by product category: every category the message advertises must be
// one the customer bought. A message that names no categories cannot show condition 2.
import type { Recipient } from '../../../model/index.js';
import { dayOrNull } from '../../clock.js';

/** The four conditions in the order of the statute. */
export const existingCustomerConditions = ['sale', 'similar-products', 'no-objection', 'objection-notice'] as const;
export type ExistingCustomerCondition = (typeof existingCustomerConditions)[number];

export interface ExistingCustomerFacts {
  /** The record relies on § 7(3): consent method 'existing-customer' or an `existingCustomer` record. */
  readonly claimed: boolean;
  /** The recipient has a confirmed consent, not withdrawn by unsubscribing (Art. 7(3) DSGVO): § 7(3) is not needed. */
  readonly hasConsent: boolean;
  /** § 7(3) is relied upon (claimed, no confirmed consent). */
  readonly reliedUpon: boolean;
  readonly sale: boolean;
  readonly similarProducts: boolean;
  readonly noObjection: boolean;
  readonly noticeAtCollection: boolean;
  /** The message carries the objection notice (a message fact, passed in). */
  readonly noticeInMessage: boolean;
  /** Condition 4 in full: notice at collection and in this message. */
  readonly objectionNotice: boolean;
  /** Where the notice of condition 4 is missing: 'collection', 'message', 'both'; null when given. */
  readonly noticeMissingAt: 'collection' | 'message' | 'both' | null;
  /** The conditions that do not hold, in the statute's order. */
  readonly missing: readonly ExistingCustomerCondition[];
  /** All four hold. */
  readonly complete: boolean;
  /** The message's categories the customer did not buy (for the similar-products message). */
  readonly otherCategories: readonly string[];
  /** The UTC day of the objection (or unsubscription), YYYY-MM-DD. */
  readonly objectedAt: string | null;
}

/** The § 7(3) conditions for one recipient and one message. Pure. */
export const existingCustomerFacts = (
  recipient: Recipient,
  messageCategories: readonly string[] | undefined,
  noticeInMessage: boolean,
  now: Date,
): ExistingCustomerFacts => {
  const ec = recipient.existingCustomer;
  const claimed = recipient.consent?.method === 'existing-customer' || ec !== undefined;
  const hasConsent = recipient.consent?.status === 'confirmed' && recipient.consent.method !== 'existing-customer' && recipient.unsubscribedAt === undefined;
  const sale = ec?.purchasedAt !== undefined && ec.purchasedAt.getTime() <= now.getTime();
  const bought = new Set((ec?.productCategories ?? []).map((c) => c.trim().toLowerCase()));
  const advertised = (messageCategories ?? []).map((c) => c.trim().toLowerCase());
  const otherCategories = advertised.filter((c) => !bought.has(c));
  const similarProducts = advertised.length > 0 && otherCategories.length === 0;
  // An unsubscription is an objection too (§ 7(3) Nr. 3 "nicht widersprochen").
  const noObjection = ec?.objectedAt === undefined && recipient.unsubscribedAt === undefined;
  const noticeAtCollection = ec?.noticeAtCollection === true;
  const objectionNotice = noticeAtCollection && noticeInMessage;
  const holds: Record<ExistingCustomerCondition, boolean> = { sale, 'similar-products': similarProducts, 'no-objection': noObjection, 'objection-notice': objectionNotice };
  const missing = existingCustomerConditions.filter((c) => !holds[c]);
  return {
    claimed,
    hasConsent,
    reliedUpon: claimed && !hasConsent,
    sale,
    similarProducts,
    noObjection,
    noticeAtCollection,
    noticeInMessage,
    objectionNotice,
    noticeMissingAt: objectionNotice ? null : !noticeAtCollection && !noticeInMessage ? 'both' : noticeAtCollection ? 'message' : 'collection',
    missing,
    complete: missing.length === 0,
    otherCategories,
    objectedAt: dayOrNull(ec?.objectedAt ?? recipient.unsubscribedAt),
  };
};
