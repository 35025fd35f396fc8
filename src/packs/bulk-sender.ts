import type { Pack } from '../engine/index.js';
import * as files from './bulk-sender.rules.js';
import type { RuleId } from './bulk-sender.rules.js';
import { defineBuiltinPack } from './define-builtin-pack.js';
import { bulkSenderFacts } from './bulk-sender-facts.js';

/** The ids of the bulkSender pack's rules ('bulk/unauthenticated', …). */
export type BulkSenderRuleId = RuleId;

// Built only through the public pack API: its own clauses (named after their source: GMAIL-…,
// YAHOO-…, MS-…, RFC8058-3.1), its own facts, and each rule's own sanction (no escalation ladder:
// a provider's requirement has no warnings, it has bounces).

/**
 * The mailbox providers' bulk-sender requirements (Gmail, Yahoo, Outlook.com) and RFC 2369 /
 * RFC 8058. Not in createPolicy's defaults: `createPolicy({ packs: [bulkSender] })`, alone or next
 * to managedEmailServer. Reads check's `sender` input (probeSender in mailpolicy/node) and the
 * history's providerDays where given; a received test message (.eml) alone also works.
 */
export const bulkSender: Pack = defineBuiltinPack(files, { facts: bulkSenderFacts });
