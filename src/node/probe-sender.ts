// probeSender: what DNS says about a sending domain and IP, as the `sender` input of check().
// Node only (node:dns); the core never resolves anything, it reads the object this returns.
import { createPublicKey } from 'node:crypto';
import { isIP } from 'node:net';
import { Resolver } from 'node:dns/promises';
import type { SenderInput } from '../model/index.js';
import { parseTagList, withoutSpace } from '../facts/message/auth/tag-list.js';
import { organisationalDomain } from '../facts/message/auth/org-domain.js';

export interface ProbeTarget {
  /** The sending domain: the From domain (and usually the envelope domain). */
  readonly domain: string;
  /** The sending IP address, for the PTR and forward-confirmation lookups. */
  readonly ip?: string;
  /** DKIM selectors to look up under <selector>._domainkey.<domain>. */
  readonly dkimSelectors?: readonly string[];
}

/** The lookups probeSender makes: node:dns/promises' Resolver has them all. */
export interface SenderResolver {
  resolveTxt(name: string): Promise<string[][]>;
  resolveMx(name: string): Promise<{ exchange: string; priority: number }[]>;
  reverse(ip: string): Promise<string[]>;
  resolve4(name: string): Promise<string[]>;
  resolve6(name: string): Promise<string[]>;
}

export interface ProbeOptions {
  /** A resolver of your own (e.g. `new Resolver()` with setServers); default: the system's, via node:dns. */
  readonly resolver?: SenderResolver;
  /** Whether your MTA sends over TLS: DNS cannot tell, so it is passed through as `tls`. */
  readonly tls?: boolean;
}

// "No such name" and "no such record" are answers; anything else is a failed lookup.
const NO_DATA = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN', 'ENONAME']);

const startsWithTag = (record: string, tag: string): boolean => {
  const r = record.trimStart().toLowerCase();
  return r.startsWith(tag) && (r.length === tag.length || r[tag.length] === ' ' || r[tag.length] === ';');
};

/** Bits of a DKIM public key (p=, base64 SubjectPublicKeyInfo); ed25519 keys count 256; null when unreadable or revoked. */
export const dkimKeyBits = (record: string): { keyType: string; keyBits: number | null } => {
  const tags = parseTagList(record);
  const keyType = (tags.get('k') ?? 'rsa').toLowerCase();
  const p = withoutSpace(tags.get('p') ?? '');
  if (p.length === 0) return { keyType, keyBits: null };
  if (keyType === 'ed25519') return { keyType, keyBits: 256 };
  try {
    const key = createPublicKey({ key: Buffer.from(p, 'base64'), format: 'der', type: 'spki' });
    return { keyType, keyBits: key.asymmetricKeyDetails?.modulusLength ?? null };
  } catch {
    return { keyType, keyBits: null };
  }
};

const sameIp = (a: string, b: string): boolean => {
  if (isIP(a) === 4 || isIP(b) === 4) return a === b;
  const expand = (ip: string): string => {
    const [head = '', tail = ''] = ip.toLowerCase().split('::');
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const fill = ip.includes('::') ? Array(8 - h.length - t.length).fill('0') : [];
    return [...h, ...fill, ...t].map((x) => x.replace(/^0+(?=.)/, '')).join(':');
  };
  return expand(a) === expand(b);
};

/**
 * Resolves SPF, DMARC (policy, rua, alignment modes), DKIM keys (bits) of the given selectors, MX,
 * and for an IP its PTR names with forward confirmation. Lookups that fail (timeout, SERVFAIL) are
 * listed in `lookupErrors` and their facts left out; "no such record" is an answer (null / []).
 */
export const probeSender = async (target: ProbeTarget, options: ProbeOptions = {}): Promise<SenderInput> => {
  const resolver: SenderResolver = options.resolver ?? new Resolver();
  const domain = target.domain.trim().toLowerCase().replace(/\.$/, '');
  const errors: string[] = [];
  const lookup = async <T>(what: string, run: () => Promise<T>, empty: T): Promise<T | undefined> => {
    try {
      return await run();
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (NO_DATA.has(code)) return empty;
      errors.push(`${what}: ${code || (e as Error).message}`);
      return undefined;
    }
  };
  const txt = (name: string) => lookup(`TXT ${name}`, async () => (await resolver.resolveTxt(name)).map((chunks) => chunks.join('')), [] as string[]);

  const [spfTxt, dmarcTxt, mx] = await Promise.all([
    txt(domain),
    txt(`_dmarc.${domain}`),
    lookup(`MX ${domain}`, () => resolver.resolveMx(domain), []),
  ]);
  const out: { -readonly [K in keyof SenderInput]: SenderInput[K] } = { domain };
  if (target.ip !== undefined) out.ip = target.ip;

  if (spfTxt !== undefined) {
    const spf = spfTxt.filter((r) => startsWithTag(r, 'v=spf1'));
    out.spf = { record: spf[0] ?? null, ...(spf.length > 1 ? { multiple: true } : {}) };
  }

  // RFC 7489 6.6.3: no record at the domain → the organisational domain's.
  let dmarcAt = domain;
  let dmarcRecords = dmarcTxt?.filter((r) => startsWithTag(r, 'v=dmarc1'));
  const org = organisationalDomain(domain);
  if (dmarcRecords !== undefined && dmarcRecords.length === 0 && org !== domain) {
    const up = await txt(`_dmarc.${org}`);
    dmarcRecords = up?.filter((r) => startsWithTag(r, 'v=dmarc1'));
    dmarcAt = org;
  }
  if (dmarcRecords !== undefined) {
    const record = dmarcRecords.length === 1 ? dmarcRecords[0]! : null; // several records: none applies (RFC 7489 6.6.3)
    if (record === null) out.dmarc = { record: null };
    else {
      const tags = parseTagList(record);
      const p = tags.get('p')?.toLowerCase();
      const mode = (v: string | undefined) => (v?.toLowerCase() === 's' ? 's' : v?.toLowerCase() === 'r' ? 'r' : undefined);
      const adkim = mode(tags.get('adkim'));
      const aspf = mode(tags.get('aspf'));
      out.dmarc = {
        record,
        policy: p === 'none' || p === 'quarantine' || p === 'reject' ? p : null,
        rua: (tags.get('rua') ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0),
        ...(adkim ? { adkim } : {}),
        ...(aspf ? { aspf } : {}),
        at: dmarcAt,
      };
    }
  }

  const selectors = [...new Set(target.dkimSelectors ?? [])];
  if (selectors.length > 0) {
    const keys = await Promise.all(
      selectors.map(async (selector) => {
        const records = await txt(`${selector}._domainkey.${domain}`);
        if (records === undefined) return null;
        const record = records.find((r) => startsWithTag(r, 'v=dkim1') || /(^|;)\s*p=/i.test(r)) ?? null;
        return record === null ? { selector, domain, record: null, keyBits: null } : { selector, domain, record, ...dkimKeyBits(record) };
      }),
    );
    out.dkim = keys.filter((k): k is NonNullable<typeof k> => k !== null);
  }

  if (mx !== undefined) out.mx = [...mx].sort((a, b) => a.priority - b.priority).map((m) => m.exchange.toLowerCase());

  if (target.ip !== undefined && isIP(target.ip) !== 0) {
    const ip = target.ip;
    const names = await lookup(`PTR ${ip}`, () => resolver.reverse(ip), [] as string[]);
    if (names !== undefined) {
      let confirmed = false;
      for (const name of names.slice(0, 10)) {
        const addrs = await lookup(`${isIP(ip) === 4 ? 'A' : 'AAAA'} ${name}`, () => (isIP(ip) === 4 ? resolver.resolve4(name) : resolver.resolve6(name)), [] as string[]);
        if (addrs?.some((a) => sameIp(a, ip))) {
          confirmed = true;
          break;
        }
      }
      out.ptr = { hostnames: names.map((n) => n.toLowerCase().replace(/\.$/, '')), forwardConfirmed: confirmed };
    }
  }
  if (options.tls !== undefined) out.tls = options.tls;
  if (errors.length > 0) out.lookupErrors = errors;
  return out;
};
