import type { CustomFact, Pack } from '../engine/index.js';
import { calendarElapsed } from '../facts/clock.js';
import { calendarZone, DEFAULT_TIME_ZONE } from '../facts/calendar-zone.js';
import type { FactContext } from '../facts/index.js';
import { oncePerSend } from '../facts/once-per-send.js';
import { findObjectionAddress } from '../facts/message/law/objection-address.js';
import { findObjectionNotice, type ObjectionNoticeFacts } from '../facts/message/law/objection-notice.js';
import { findOutdatedCitations } from '../facts/message/law/outdated-citations.js';
import { findPromotion, type PromotionFacts } from '../facts/message/law/promotional-content.js';
import { findSubjectConcealment } from '../facts/message/law/subject-concealment.js';
import { findTracking } from '../facts/message/law/tracking.js';
import { consentEvidence } from '../facts/recipient/law/consent-evidence.js';
import { existingCustomerFacts } from '../facts/recipient/law/existing-customer.js';
import * as files from './german-law.rules.js';
import type { RuleId } from './german-law.rules.js';
import { defineBuiltinPack } from './define-builtin-pack.js';

/** The ids of the germanLaw pack's rules ('de/advertising-without-consent', …). */
export type GermanLawRuleId = RuleId;

// Message facts are computed once per send; the recipient facts below read them through these.
const promotionOf = oncePerSend<PromotionFacts>((ctx) => findPromotion(ctx.message.subject, ctx.messageFacts.body.visibleText, ctx.message.contentLabels));
const objectionNoticeOf = oncePerSend<ObjectionNoticeFacts>((ctx) => findObjectionNotice(ctx.messageFacts.body.visibleText));

/** Is the message advertising? Newsletters are; other mail is when it carries promotional content (BGH VI ZR 225/17). */
const advertisingOf = (ctx: FactContext) => {
  const purpose = ctx.messageFacts.purpose.value;
  const promotion = promotionOf(ctx).present;
  const reason = purpose === 'newsletter' ? 'newsletter' : promotion ? 'promotional-content' : null;
  return { is: reason !== null, reason, purpose };
};

const facts: Record<string, CustomFact> = {
  advertising: { scope: 'message', description: 'Whether the message is advertising (UWG § 7): a newsletter, or other mail with promotional content (BGH VI ZR 225/17).', compute: advertisingOf },
  promotion: { scope: 'message', description: 'Promotional content (offers, recommendations, rating or survey requests) in subject and body.', compute: promotionOf },
  objectionNotice: { scope: 'message', description: 'The § 7(3) Nr. 4 UWG notice that the recipient may object at any time at no cost beyond basic rates.', compute: objectionNoticeOf },
  objectionAddress: { scope: 'message', description: 'A valid address for objections (§ 7(2) Nr. 3 lit. c UWG): unsubscribe link, List-Unsubscribe, or a read reply address.', compute: (ctx) => findObjectionAddress(ctx.messageFacts.unsubscribe, ctx.messageFacts.sender) },
  outdatedCitation: { scope: 'message', description: 'Citations of the repealed Telemediengesetz ("§ 5 TMG") in the visible text.', compute: (ctx) => findOutdatedCitations(ctx.messageFacts.body.visibleText) },
  subjectConcealment: { scope: 'message', description: 'A subject that hides the commercial character (fake Re:/Fwd:, posing as a bill).', compute: (ctx) => findSubjectConcealment(ctx.message.subject, ctx.message.headers) },
  tracking: {
    scope: 'message',
    description: 'Open tracking (pixels) and click tracking (per-recipient redirect links) in the message.',
    compute: (ctx) => {
      const html = ctx.message.html ?? '';
      const limit = ctx.messageFacts.analysis.limits.maxHtmlBytes;
      return findTracking(html.length > limit ? html.slice(0, limit) : html, ctx.messageFacts.body.anchors, ctx.messageFacts.body.textLinks);
    },
  },
  existingCustomer: {
    scope: 'recipient',
    description: 'The four conditions of UWG § 7(3) for this recipient and message.',
    compute: (ctx) => existingCustomerFacts(ctx.recipient!, ctx.message.productCategories, objectionNoticeOf(ctx).present, ctx.now),
  },
  consentEvidence: { scope: 'recipient', description: 'What the consent record proves (DSGVO Art. 7(1), BGH I ZR 164/09).', compute: (ctx) => consentEvidence(ctx.recipient!) },
  trackingConsent: { scope: 'recipient', description: 'The recipient consented to open and click tracking (consent.tracking).', compute: (ctx) => ({ given: ctx.recipient!.consent?.tracking === true }) },
  consentAge: {
    scope: 'recipient',
    description: 'Months since the consent was last used: since the last mailing (lastSentAt), else since it was given.',
    compute: (ctx) => {
      const r = ctx.recipient!;
      const c = r.consent;
      const used = r.lastSentAt ?? (c?.status === 'confirmed' ? (c.confirmedAt ?? c.requestedAt) : undefined);
      if (used === undefined || c?.status !== 'confirmed') return { months: null, since: null, day: null };
      const e = calendarElapsed(used, ctx.now, ctx.zone ?? calendarZone(DEFAULT_TIME_ZONE));
      return { months: e.months, since: r.lastSentAt === undefined ? 'consent' : 'last-mailing', day: e.day };
    },
  },
};

/**
 * German law for commercial e-mail (UWG § 7, DSGVO Art. 7, DDG § 5, TDDDG § 25), as of the pack's
 * version date: a second view beside the provider's policy, built through the public pack API.
 * It encodes the cited statutes and decisions; it is not legal advice (docs/german-law.md).
 */
export const germanLaw: Pack = defineBuiltinPack(files, { facts });
