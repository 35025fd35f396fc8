// Generated benchmark data: recipient records in a realistic mix of states (as a newsletter tool
// exports them: ISO date strings, optional fields left out) and newsletters of a chosen size.
// Deterministic: a seeded PRNG, so every run measures the same records.

export const BENCH_NOW = '2026-11-28T10:00:00Z';
const NOW_MS = Date.parse(BENCH_NOW);
const DAY = 86_400_000;

/** mulberry32: small, fast, seeded. */
export const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const FIRST = ['anna', 'jonas', 'lea', 'felix', 'marie', 'paul', 'sophie', 'lukas', 'emma', 'ben', 'mia', 'elias'];
const LAST = ['mueller', 'schmidt', 'schneider', 'fischer', 'weber', 'meyer', 'wagner', 'becker', 'hoffmann'];
const DOMAINS = ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'outlook.de', 'posteo.de', 'firma-beispiel.de'];
const TOPICS = ['angebote', 'neuheiten', 'ratgeber', 'events'];

const isoDaysAgo = (days: number, rnd: () => number): string =>
  new Date(NOW_MS - days * DAY - Math.floor(rnd() * DAY)).toISOString();

/**
 * One recipient record. The mix (per 1,000): ~700 confirmed double opt-in and active, 80 long
 * inactive, 50 pending, 40 single opt-in, 30 without consent, 20 unsubscribed, 20 from bought or
 * third-party lists, 20 bot-like sign-ups, 20 hard-bounced, 10 invalid records.
 */
export const recipientRecord = (i: number, rnd: () => number): Record<string, unknown> => {
  const name = `${FIRST[i % FIRST.length]}.${LAST[(i >> 3) % LAST.length]}${i}`;
  const r: Record<string, unknown> = {
    address: `${name}@${DOMAINS[i % DOMAINS.length]}`,
    source: rnd() < 0.8 ? 'signup-form' : 'checkout',
    consent: {
      status: 'confirmed',
      method: 'double-opt-in',
      requestedAt: isoDaysAgo(400 + Math.floor(rnd() * 300), rnd),
      confirmedAt: isoDaysAgo(390 + Math.floor(rnd() * 300), rnd),
      topics: rnd() < 0.97 ? TOPICS.slice(0, 1 + (i % 3)) : [TOPICS[1 + (i % 3)]!],
    },
    lastOpenAt: isoDaysAgo(Math.floor(rnd() * 90), rnd),
    lastSentAt: isoDaysAgo(7 + Math.floor(rnd() * 21), rnd),
    signup: { at: isoDaysAgo(400, rnd), ip: `203.0.113.${i % 250}`, honeypotFilled: false, botScore: Math.round(rnd() * 20) / 100 },
  };
  if (rnd() < 0.5) r.lastClickAt = isoDaysAgo(Math.floor(rnd() * 120), rnd);
  const kind = rnd() * 1000;
  const consent = r.consent as Record<string, unknown>;
  if (kind < 80) {
    r.lastOpenAt = isoDaysAgo(200 + Math.floor(rnd() * 400), rnd);
    delete r.lastClickAt;
  } else if (kind < 130) {
    consent.status = 'pending';
    delete consent.confirmedAt;
    r.doiRequestsSent = 1 + Math.floor(rnd() * 3);
    delete r.lastOpenAt;
    delete r.lastClickAt;
  } else if (kind < 170) consent.method = 'single-opt-in';
  else if (kind < 200) delete r.consent;
  else if (kind < 220) r.unsubscribedAt = isoDaysAgo(Math.floor(rnd() * 10), rnd);
  else if (kind < 240) r.source = ['purchased', 'rented', 'third-party', 'co-registration'][i % 4];
  else if (kind < 260) {
    r.address = `xkq${Math.floor(rnd() * 1e9)}zrt@${rnd() < 0.5 ? 'mailinator.com' : 'gmail.com'}`;
    r.signup = { at: isoDaysAgo(30, rnd), honeypotFilled: rnd() < 0.5, botScore: 0.9 };
  } else if (kind < 280) r.hardBounces = 1 + Math.floor(rnd() * 2);
  else if (kind < 290) {
    if (i % 2) delete r.address;
    else r.lastOpenAt = 'yesterday';
  }
  return r;
};

export const recipientRecords = (n: number, seed = 42): Record<string, unknown>[] => {
  const rnd = prng(seed);
  return Array.from({ length: n }, (_, i) => recipientRecord(i, rnd));
};

/** An endless-free stream of `n` generated records, never held in memory at once. */
export function* streamRecords(n: number, seed = 42): Generator<Record<string, unknown>> {
  const rnd = prng(seed);
  for (let i = 0; i < n; i++) yield recipientRecord(i, rnd);
}

export const BENCH_HISTORY = {
  lastCampaignAt: '2026-11-14T09:00:00Z',
  window: { days: 30, sent: 120_000, delivered: 118_900, hardBounces: 400, complaints: 30, abuseReports: 2, deferrals: 900 },
  dailyVolumes: [4000, 4100, 3900, 4200, 4300],
};

/**
 * `n` records that each break several recipient rules (issue 15): bought lists, pending or
 * missing consent, hard bounces, unsubscribed, with four different sanctions between them.
 */
export const violatingRecords = (n: number, seed = 7): Record<string, unknown>[] => {
  const rnd = prng(seed);
  return Array.from({ length: n }, (_, i) => {
    const r = recipientRecord(i, rnd);
    r.address = `v${i}@${DOMAINS[i % DOMAINS.length]}`;
    r.source = ['purchased', 'rented', 'third-party', 'co-registration'][i % 4];
    r.hardBounces = 1 + (i % 3);
    r.unsubscribedAt = isoDaysAgo(1 + (i % 9), rnd);
    if (i % 2) r.consent = { status: 'pending', method: 'double-opt-in', requestedAt: isoDaysAgo(40, rnd) };
    else delete r.consent;
    return r;
  });
};
