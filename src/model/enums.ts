import * as z from 'zod';

export const purposes = ['newsletter', 'transactional', 'doi-confirmation', 'system-notification'] as const;
export const PurposeSchema = z.enum(purposes);
export type Purpose = z.infer<typeof PurposeSchema>;

// Ordered weakest first: the order is what "strongest" means everywhere.
export const severities = ['advisory', 'undesired', 'prohibited'] as const;
export const SeveritySchema = z.enum(severities);
export type Severity = z.infer<typeof SeveritySchema>;

// Ordered weakest first. A formal warning (Abmahnung) ranks above operational steps on one
// campaign because it is the contractual step that precedes termination (S6).
export const sanctionKinds = [
  'none',
  'notice',
  'rate-limit',
  'rotate-ip',
  'pause-campaign',
  'abort-campaign',
  'warning',
  'suspend-account',
  'termination-eligible',
] as const;
export const SanctionKindSchema = z.enum(sanctionKinds);
export type SanctionKind = z.infer<typeof SanctionKindSchema>;

export const scopes = ['message', 'recipient', 'history'] as const;
export const ScopeSchema = z.enum(scopes);
export type Scope = z.infer<typeof ScopeSchema>;

export const locales = ['de', 'en'] as const;
export const LocaleSchema = z.enum(locales);
export type Locale = z.infer<typeof LocaleSchema>;

export const contentLabels = [
  'erotic',
  'pornographic',
  'extremist',
  'immoral',
  'illegal-offer',
  'dangerous-offer',
  'offensive',
] as const;

export const recipientSources = [
  'signup-form',
  'checkout',
  'api',
  'import',
  'purchased',
  'rented',
  'third-party',
  'scraped',
  'co-registration',
] as const;

export const severityRank = (s: Severity): number => severities.indexOf(s);
export const sanctionRank = (s: SanctionKind): number => sanctionKinds.indexOf(s);

/**
 * Actions that stop the send as a whole (S2 pause or abort, S3 suspend): a report that suggests
 * one has the verdict 'hold' (docs/sanctions.md, "One story per report").
 */
export const CAMPAIGN_STOPPING: ReadonlySet<SanctionKind> = new Set<SanctionKind>(['pause-campaign', 'abort-campaign', 'suspend-account']);
