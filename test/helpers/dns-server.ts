// A small authoritative DNS server on node:dgram for tests: answers A, AAAA, TXT, MX and PTR
// from a zone given as data, NXDOMAIN for unknown names. Listens on 127.0.0.1 only, on a free
// port; never forwards anything. Packets are encoded by dns-packet.
import { createSocket } from 'node:dgram';
import * as dnsPacket from 'dns-packet';

export interface ZoneRecords {
  A?: string[];
  AAAA?: string[];
  /** Each entry one TXT record; long ones are split into 255-byte strings as DNS requires. */
  TXT?: string[];
  MX?: { priority: number; exchange: string }[];
  PTR?: string[];
}

export type Zone = Record<string, ZoneRecords>;

export interface DnsServer {
  readonly address: string;
  readonly queries: string[];
  close(): Promise<void>;
}

const chunks = (s: string): Buffer[] => {
  const b = Buffer.from(s);
  const out: Buffer[] = [];
  for (let i = 0; i < b.length; i += 255) out.push(b.subarray(i, i + 255));
  return out.length > 0 ? out : [Buffer.alloc(0)];
};

const NXDOMAIN = 3;

export const startDnsServer = async (zone: Zone): Promise<DnsServer> => {
  const names = new Map(Object.entries(zone).map(([k, v]) => [k.toLowerCase().replace(/\.$/, ''), v]));
  const socket = createSocket('udp4');
  const queries: string[] = [];
  socket.on('message', (msg, rinfo) => {
    let query: dnsPacket.Packet;
    try {
      query = dnsPacket.decode(msg);
    } catch {
      return;
    }
    const q = query.questions?.[0];
    if (!q) return;
    const name = q.name.toLowerCase().replace(/\.$/, '');
    queries.push(`${q.type} ${name}`);
    const records = names.get(name);
    const answers: dnsPacket.Answer[] = [];
    if (records) {
      const base = { name: q.name, class: 'IN' as const, ttl: 60 };
      if (q.type === 'A') for (const a of records.A ?? []) answers.push({ ...base, type: 'A', data: a });
      if (q.type === 'AAAA') for (const a of records.AAAA ?? []) answers.push({ ...base, type: 'AAAA', data: a });
      if (q.type === 'TXT') for (const t of records.TXT ?? []) answers.push({ ...base, type: 'TXT', data: chunks(t) });
      if (q.type === 'MX') for (const m of records.MX ?? []) answers.push({ ...base, type: 'MX', data: { preference: m.priority, exchange: m.exchange } });
      if (q.type === 'PTR') for (const p of records.PTR ?? []) answers.push({ ...base, type: 'PTR', data: p });
    }
    // QR and AA are set by type 'response' and the flag; RD is echoed; RCODE in the low bits.
    const flags = dnsPacket.AUTHORITATIVE_ANSWER | ((query.flags ?? 0) & dnsPacket.RECURSION_DESIRED) | (records ? 0 : NXDOMAIN);
    const response = dnsPacket.encode({ id: query.id, type: 'response', flags, questions: query.questions, answers });
    socket.send(response, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  return {
    address: `127.0.0.1:${port}`,
    queries,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
};

/** The in-addr.arpa name of an IPv4 address. */
export const reverseName = (ip: string): string => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
