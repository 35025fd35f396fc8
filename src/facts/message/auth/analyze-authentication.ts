// SPF, DKIM and DMARC as far as a check can know them before or after a send: from the receiver's
// Authentication-Results (a received test message), else Received-SPF and Return-Path, else the
// sender's DNS facts (check's `sender` input). Each verdict says where it came from; 'unknown'
// when nothing tells, so that a rule fires only on evidence.
import type { Message, Sender } from '../../../model/index.js';
import { headerValues } from '../header-values.js';
import { parseAuthenticationResults, type AuthenticationResults } from './authentication-results.js';
import { parseDkimSignature, signsHeaders, type DkimSignature } from './dkim-signature.js';
import { domainOfAddress, parseReceivedSpf, parseReturnPath } from './envelope.js';
import { aligned, organisationalDomain, type AlignmentMode } from './org-domain.js';

export type AuthSource = 'authentication-results' | 'received-spf' | 'dns' | 'message' | null;

export interface AuthenticationFacts {
  readonly fromDomain: string | null;
  readonly fromOrgDomain: string | null;
  /** The authserv-id of the Authentication-Results read (the topmost with spf, dkim or dmarc), or null. */
  readonly receiver: string | null;
  readonly spf: {
    /** pass, fail, softfail, neutral, none, temperror, permerror, or unknown. */
    readonly result: string;
    /** The domain SPF checked (smtp.mailfrom, envelope-from, Return-Path, or the probed domain). */
    readonly domain: string | null;
    readonly aligned: boolean | null;
    readonly source: AuthSource;
  };
  readonly dkim: {
    /** pass when some signature passed; fail, none, or unknown. */
    readonly result: string;
    /** Domains of passing signatures (Authentication-Results header.d). */
    readonly passingDomains: readonly string[];
    /** d= of every DKIM-Signature in the message. */
    readonly signingDomains: readonly string[];
    /** The DKIM domains alignment is judged on: passing ones (receiver), else the signatures', else the probed keys' domain. */
    readonly domains: readonly string[];
    readonly aligned: boolean | null;
    readonly source: AuthSource;
    /** The shortest published key of the probed selectors, in bits; null when none was probed or found. */
    readonly minKeyBits: number | null;
    readonly selectors: readonly string[];
  };
  readonly dmarc: {
    /** The receiver's DMARC verdict: pass, fail, none, or unknown. */
    readonly result: string;
    /** A DMARC record is published (sender input); null when not probed. */
    readonly record: boolean | null;
    readonly policy: string | null;
    /** The record has a rua= address; null when not probed or no record. */
    readonly rua: boolean | null;
    readonly mode: { readonly dkim: AlignmentMode; readonly spf: AlignmentMode };
  };
  /** SPF or DKIM aligned with the From domain (RFC 7489 3.1); null when no domain is known. */
  readonly aligned: boolean | null;
  /** SPF or DKIM passed; null when neither verdict is known. */
  readonly authenticated: boolean | null;
  readonly signatures: readonly DkimSignature[];
  /** Some DKIM-Signature's h= covers List-Unsubscribe and List-Unsubscribe-Post; null without a signature. */
  readonly listUnsubscribeSigned: boolean | null;
}

const known = (r: string) => r !== 'unknown';

/** The topmost Authentication-Results that carries spf, dkim or dmarc. */
const receiverResults = (message: Message): AuthenticationResults | null => {
  for (const v of headerValues(message, 'authentication-results')) {
    const ar = parseAuthenticationResults(v);
    if (ar.results.some((r) => r.method === 'spf' || r.method === 'dkim' || r.method === 'dmarc')) return ar;
  }
  return null;
};

const mode = (m: 'r' | 's' | undefined): AlignmentMode => (m === 's' ? 'strict' : 'relaxed');

export const analyzeAuthentication = (message: Message, fromDomain: string | null, sender?: Sender): AuthenticationFacts => {
  const signatures = headerValues(message, 'dkim-signature').map(parseDkimSignature);
  const ar = receiverResults(message);
  const returnPath = headerValues(message, 'return-path').map(parseReturnPath).find((a) => a !== null) ?? null;
  const rspf = headerValues(message, 'received-spf').map(parseReceivedSpf)[0] ?? null;
  const dmarcMode = { dkim: mode(sender?.dmarc?.adkim), spf: mode(sender?.dmarc?.aspf) };

  // SPF
  let spf: { result: string; domain: string | null; source: AuthSource };
  const arSpf = ar?.results.find((r) => r.method === 'spf');
  if (ar) spf = { result: arSpf?.result ?? 'none', domain: domainOfAddress(arSpf?.props['smtp.mailfrom'] ?? returnPath), source: 'authentication-results' };
  else if (rspf) spf = { result: rspf.result, domain: domainOfAddress(rspf.envelopeFrom ?? returnPath), source: 'received-spf' };
  else if (sender?.spf) spf = { result: sender.spf.record === null ? 'none' : sender.spf.multiple ? 'permerror' : 'unknown', domain: sender.spf.record === null ? null : (domainOfAddress(returnPath) ?? sender.domain), source: 'dns' };
  else spf = { result: 'unknown', domain: domainOfAddress(returnPath), source: returnPath ? 'message' : null };

  // DKIM
  const arDkim = ar?.results.filter((r) => r.method === 'dkim') ?? [];
  const passingDomains = arDkim.filter((r) => r.result === 'pass').map((r) => (r.props['header.d'] ?? domainOfAddress(r.props['header.i']) ?? '').toLowerCase()).filter((d) => d.length > 0);
  const signingDomains = signatures.map((s) => s.d).filter((d): d is string => d !== null);
  const keys = sender?.dkim ?? [];
  const found = keys.filter((k) => k.record !== null);
  const bits = found.map((k) => k.keyBits).filter((b): b is number => b !== null);
  let dkimResult: string;
  let dkimSource: AuthSource;
  if (ar) {
    dkimResult = passingDomains.length > 0 ? 'pass' : arDkim.length > 0 ? (arDkim[0]!.result === 'none' ? 'none' : 'fail') : 'none';
    dkimSource = 'authentication-results';
  } else if (keys.length > 0) {
    // A signature whose selector has no published key cannot pass; no key at any probed selector
    // means the domain cannot sign; a key found says nothing about the signature yet.
    const unsignable = signatures.some((s) => s.s !== null && keys.some((k) => k.selector === s.s && k.record === null) && !keys.some((k) => k.selector === s.s && k.record !== null));
    dkimResult = found.length === 0 && signatures.length === 0 ? 'none' : unsignable ? 'fail' : 'unknown';
    dkimSource = 'dns';
  } else {
    dkimResult = 'unknown';
    dkimSource = signatures.length > 0 ? 'message' : null;
  }
  const dkimDomains = ar ? passingDomains : signingDomains.length > 0 ? signingDomains : found.length > 0 && sender ? found.map((k) => k.domain ?? sender.domain) : [];

  const spfAligned = fromDomain === null || spf.domain === null ? null : aligned(fromDomain, spf.domain, dmarcMode.spf);
  const dkimAligned = fromDomain === null || dkimDomains.length === 0 ? null : dkimDomains.some((d) => aligned(fromDomain, d, dmarcMode.dkim));
  const arDmarc = ar?.results.find((r) => r.method === 'dmarc');
  const dmarcRecord = sender?.dmarc === undefined ? null : sender.dmarc.record !== null;
  const spfPass = spf.result === 'pass';
  const dkimPass = dkimResult === 'pass';
  return {
    fromDomain,
    fromOrgDomain: fromDomain === null ? null : organisationalDomain(fromDomain),
    receiver: ar?.authservId ?? null,
    spf: { ...spf, aligned: spfAligned },
    dkim: { result: dkimResult, passingDomains, signingDomains, domains: dkimDomains, aligned: dkimAligned, source: dkimSource, minKeyBits: bits.length > 0 ? Math.min(...bits) : null, selectors: found.map((k) => k.selector) },
    dmarc: {
      result: arDmarc?.result ?? (ar ? 'none' : 'unknown'),
      record: dmarcRecord,
      policy: sender?.dmarc?.policy ?? null,
      rua: dmarcRecord ? (sender?.dmarc?.rua ?? []).length > 0 : null,
      mode: dmarcMode,
    },
    aligned: spfAligned === null && dkimAligned === null ? null : spfAligned === true || dkimAligned === true,
    authenticated: spfPass || dkimPass ? true : known(spf.result) && known(dkimResult) ? false : null,
    signatures,
    listUnsubscribeSigned: signatures.length === 0 ? null : signatures.some((s) => signsHeaders(s, ['list-unsubscribe', 'list-unsubscribe-post'])),
  };
};
