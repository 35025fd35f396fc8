// The facts the bulkSender pack's rules read, beside the built-in ones: carried by the pack
// (definePack's `facts`), as a Spectral ruleset carries its functions. Each wraps a pure module
// of src/facts; none resolves anything: DNS facts come in through check's `sender` input.
import type { CustomFact } from '../engine/index.js';
import type { FactContext } from '../facts/index.js';
import { oncePerSend } from '../facts/once-per-send.js';
import { analyzeAuthentication } from '../facts/message/auth/analyze-authentication.js';
import { analyzeDisplayNameForm, analyzeHeaderForm } from '../facts/message/auth/header-form.js';
import { organisationalDomain } from '../facts/message/auth/org-domain.js';
import { analyzeOneClickForm } from '../facts/message/unsubscribe/one-click-form.js';
import { bulkStatus, spamRates } from '../facts/history/provider-days.js';
import { unsubscribeDelay } from '../facts/recipient/unsubscribe-delay.js';

/** Domains whose owners publish a DMARC policy that quarantines or rejects mail From them sent elsewhere. */
const MAILBOX_PROVIDER_DOMAINS = ['gmail.com', 'googlemail.com', 'yahoo.com'];

const fromDomainOf = (ctx: FactContext): string | null => ctx.messageFacts.sender.from?.domain ?? ctx.messageFacts.sender.fromAddresses[0]?.domain ?? null;

// bulkAuth's value, read by bulkForm too: the analysis runs once per send.
const authOf = oncePerSend((ctx) => analyzeAuthentication(ctx.message, fromDomainOf(ctx), ctx.sender));

const messageScope = <T>(description: string, compute: (ctx: FactContext) => T): CustomFact<T> => ({ scope: 'message', description, compute });

export const bulkSenderFacts: Readonly<Record<string, CustomFact>> = {
  bulkAuth: messageScope('SPF, DKIM and DMARC verdicts, DMARC alignment of the From domain and DKIM h= coverage of List-Unsubscribe (from Authentication-Results, DKIM-Signature, Return-Path, or the sender input).', (ctx) =>
    authOf(ctx),
  ),
  bulkForm: messageScope('RFC 5322 form (single headers, Message-ID, From addresses), fake replies, display-name subject text and badges, mailbox-provider From domains, and the letter of RFC 8058.', (ctx) => {
    const from = ctx.messageFacts.sender.from;
    const domain = fromDomainOf(ctx);
    const org = domain === null ? null : organisationalDomain(domain);
    const auth = authOf(ctx);
    // A provider's own domain in From is fine only when that provider signed the message.
    const providerFrom = org !== null && MAILBOX_PROVIDER_DOMAINS.includes(org) && !auth.dkim.signingDomains.concat(auth.dkim.passingDomains).some((d) => organisationalDomain(d) === org) ? org : null;
    const form = analyzeHeaderForm(ctx.message);
    const dn = analyzeDisplayNameForm(from?.displayName ?? null, ctx.message.subject);
    return {
      ...form,
      repeatedCount: form.repeated.length,
      fromAddresses: ctx.messageFacts.sender.fromAddresses.length,
      displayName: from?.displayName ?? null,
      ...dn,
      badgeCount: dn.badges.length,
      subjectTextCount: dn.subjectText.length,
      providerFrom,
      oneClick: analyzeOneClickForm(ctx.message),
    };
  }),
  senderSetup: messageScope("The sender's DNS and transport facts (check's `sender` input, from probeSender): PTR, forward-confirmed reverse DNS, TLS, MX.", (ctx) => {
    const s = ctx.sender;
    return {
      probed: s !== undefined,
      domain: s?.domain ?? null,
      ip: s?.ip ?? null,
      ptrKnown: s?.ptr !== undefined,
      ptrHostnames: s?.ptr?.hostnames ?? [],
      hasPtr: s?.ptr === undefined ? null : s.ptr.hostnames.length > 0,
      forwardConfirmed: s?.ptr?.forwardConfirmed ?? null,
      tls: s?.tls ?? null,
      mxKnown: s?.mx !== undefined,
      hasMx: s?.mx === undefined ? null : s.mx.length > 0,
    };
  }),
  bulkStatus: { scope: 'history', description: 'Bulk-sender status with Gmail: declared, reached (close to 5,000 a day to personal accounts, kept for good) or assumed without figures.', compute: (ctx) => bulkStatus(ctx.history) },
  providerHistory: {
    scope: 'history',
    description: "The latest daily spam rate per mailbox provider (the highest), and Gmail's seven-day recovery after a day at or over 0.3 %; the unsubscribe latency.",
    compute: (ctx) => ({ ...spamRates(ctx.history), unsubscribeLatencyHours: ctx.history.unsubscribeLatencyHours ?? null }),
  },
  unsubscribeDelay: (ctx) => unsubscribeDelay(ctx.recipient!, ctx.now),
};
