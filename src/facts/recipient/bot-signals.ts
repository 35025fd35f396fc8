import type { FactDefinition } from '../types.js';

export interface BotSignalFacts {
  /** The sign-up form's honeypot field was filled (signup.honeypotFilled). */
  readonly honeypot: boolean;
  /** The customer's own bot-detection score 0..1 (signup.botScore); rules compare it with a threshold. */
  readonly botScore: number | null;
  readonly disposableDomain: boolean;
  readonly gibberishAddress: boolean;
  /** Names of the yes/no signals present ('honeypot', 'disposable-domain', 'gibberish-address'). */
  readonly signals: readonly string[];
  readonly count: number;
}

// A short list of the most common throwaway-address domains; callers with a fuller list feed
// their own signal through signup.botScore.
export const DISPOSABLE_DOMAINS: ReadonlySet<string> = new Set([
  'mailinator.com', 'guerrillamail.com', 'guerrillamail.de', '10minutemail.com', 'trashmail.com', 'trashmail.de',
  'yopmail.com', 'tempmail.com', 'temp-mail.org', 'sharklasers.com', 'getnada.com', 'dispostable.com',
  'wegwerfmail.de', 'einrot.com', 'spamgourmet.com', 'maildrop.cc', 'throwawaymail.com', 'fakeinbox.com',
  'mailnesia.com', 'emailondeck.com', 'mohmal.com', 'mytemp.email', 'tempail.com', 'spambog.com',
]);

// The domains by length, so a recipient's domain is looked up without building its lowercase
// copy (this runs per recipient). Lowercasing keeps the length of a domain that could match: the
// only character outside ASCII that lowercases into ASCII is the Kelvin sign (U+212A, to "k").
const DISPOSABLE_BY_LENGTH = new Map<number, string[]>();
for (const d of DISPOSABLE_DOMAINS) DISPOSABLE_BY_LENGTH.set(d.length, [...(DISPOSABLE_BY_LENGTH.get(d.length) ?? []), d]);

const KELVIN = 0x212a;
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c === KELVIN ? 107 : c);

/** `DISPOSABLE_DOMAINS.has(address.slice(from).toLowerCase())`, without the two copies. */
const isDisposableFrom = (address: string, from: number): boolean => {
  const candidates = DISPOSABLE_BY_LENGTH.get(address.length - from);
  if (candidates === undefined) return false;
  next: for (const d of candidates) {
    for (let k = 0; k < d.length; k++) if (lowerAscii(address.charCodeAt(from + k)) !== d.charCodeAt(k)) continue next;
    return true;
  }
  return false;
};

const isVowel = (c: number): boolean => c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;

/**
 * A local part that no person would choose: ten or more characters and either almost no vowels
 * among six or more letters (xkqzvbtrwp, zx9k2m8q7w4r) or letters among more digits than anything
 * else (a8213379401). A local part of digits and separators only is not gibberish. One pass over
 * the characters, no regex, no allocation.
 */
export const looksGibberish = (local: string): boolean => gibberishPrefix(local, local.length);

/** looksGibberish of `s.slice(0, end)`, without the copy. */
const gibberishPrefix = (s: string, end: number): boolean => {
  if (end < 10) return false;
  let letters = 0;
  let vowels = 0;
  let digits = 0;
  for (let i = 0; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c >= 97 && c <= 122) {
      letters++;
      if (isVowel(c)) vowels++;
    } else if (c >= 48 && c <= 57) digits++;
  }
  // Digits alone are no sign of a bot: numeric mailboxes are common (T-Online's phone-number
  // addresses such as 0301234567-0001@t-online.de, customer numbers). Digits strewn among a
  // few letters are (a8213379401, zx9k2m8q7w4r).
  return (letters >= 6 && vowels / letters < 0.12) || (letters > 0 && digits / end > 0.5);
};

const NONE: readonly string[] = Object.freeze([]);

export const botSignals: FactDefinition<BotSignalFacts> = {
  name: 'botSignals',
  scope: 'recipient',
  description:
    'Signs that a sign-up was made by a bot: a filled honeypot, the bot score of the customer\'s own detection, a throwaway domain, a gibberish local part (U7).',
  compute: ({ recipient }) => {
    const r = recipient!;
    const address = r.address;
    const at = address.lastIndexOf('@');
    const honeypot = r.signup?.honeypotFilled === true;
    // Local part and domain read in place: at > 0 splits at the last "@", otherwise the whole
    // address is the local part and there is no domain.
    const disposableDomain = at > 0 && isDisposableFrom(address, at + 1);
    const gibberishAddress = gibberishPrefix(address, at > 0 ? at : address.length);
    let signals = NONE;
    if (honeypot || disposableDomain || gibberishAddress) {
      const s: string[] = [];
      if (honeypot) s.push('honeypot');
      if (disposableDomain) s.push('disposable-domain');
      if (gibberishAddress) s.push('gibberish-address');
      signals = s;
    }
    return { honeypot, botScore: r.signup?.botScore ?? null, disposableDomain, gibberishAddress, signals, count: signals.length };
  },
};
