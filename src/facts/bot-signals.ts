import type { FactDefinition } from './types.js';

export interface BotSignalFacts {
  readonly honeypot: boolean;
  readonly botScore: number | null;
  readonly disposableDomain: boolean;
  readonly gibberishAddress: boolean;
  /** Names of the signals present. */
  readonly signals: readonly string[];
  readonly count: number;
}

// A short list of the most common throwaway-address domains; callers with a fuller list feed
// their own signal through signup.botScore.
const DISPOSABLE = new Set([
  'mailinator.com', 'guerrillamail.com', '10minutemail.com', 'trashmail.com', 'trashmail.de', 'yopmail.com',
  'tempmail.com', 'temp-mail.org', 'sharklasers.com', 'getnada.com', 'dispostable.com', 'wegwerfmail.de',
  'einrot.com', 'spamgourmet.com', 'maildrop.cc', 'throwawaymail.com', 'fakeinbox.com', 'mailnesia.com',
]);

const gibberish = (local: string): boolean => {
  const l = local.toLowerCase();
  if (l.length < 10) return false;
  const letters = l.replace(/[^a-z]/g, '');
  const vowels = letters.replace(/[^aeiouy]/g, '').length;
  const digits = l.length - letters.length;
  return (letters.length >= 10 && vowels / letters.length < 0.12) || digits / l.length > 0.5;
};

export const botSignals: FactDefinition<BotSignalFacts> = {
  name: 'botSignals',
  scope: 'recipient',
  description: 'Signs that a sign-up was made by a bot: honeypot, bot score, throwaway or gibberish address (U7).',
  compute: ({ recipient }) => {
    const r = recipient!;
    const at = r.address.lastIndexOf('@');
    const local = at > 0 ? r.address.slice(0, at) : r.address;
    const domain = at > 0 ? r.address.slice(at + 1).toLowerCase() : '';
    const facts = {
      honeypot: r.signup?.honeypotFilled === true,
      botScore: r.signup?.botScore ?? null,
      disposableDomain: DISPOSABLE.has(domain),
      gibberishAddress: gibberish(local),
    };
    const signals = [
      facts.honeypot && 'honeypot',
      facts.disposableDomain && 'disposable-domain',
      facts.gibberishAddress && 'gibberish-address',
    ].filter((s): s is string => typeof s === 'string');
    return { ...facts, signals, count: signals.length };
  },
};
