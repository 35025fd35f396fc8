// Duplicate recipients within one check, found in a stream of any length with bounded memory.
//
// Two records are one recipient when their addresses are equal after normalisation:
// - the domain in IDNA ASCII form, lower case (DNS names are case-insensitive; `müller.de` and
//   `xn--mller-kva.de` are one domain);
// - the local part lower-cased. RFC 5321 lets the receiving server treat it case-sensitively,
//   but the large mailbox providers (Gmail, Outlook.com, Yahoo, GMX, WEB.DE, T-Online, iCloud)
//   deliver `Anna@` and `anna@` to the same mailbox, and a list holding both is one person twice.
//   Dots and `+tags` are not folded: which of them a provider ignores differs per provider.
//
// Memory: each address is kept as a 64-bit hash (two independent 32-bit FNV-1a variants) and the
// index it was first seen at, 12 bytes per slot in an open-addressing table that doubles at
// three quarters full: 16 to 32 bytes per distinct address, 16–32 MB per million (measured in
// `npm run bench`, "duplicate detection"). Two different addresses share a 64-bit hash with
// probability about n²/2⁶⁵ (3 · 10⁻⁸ for a million): that one would be excluded as a duplicate.
import { toAsciiDomain } from '../facts/index.js';

/** The address as mailbox providers compare it: local part lower-cased, domain in IDNA ASCII form. */
export const addressKey = (address: string): string => {
  const at = address.lastIndexOf('@');
  if (at < 0) return address.toLowerCase();
  return `${address.slice(0, at).toLowerCase()}@${toAsciiDomain(address.slice(at + 1))}`;
};

/** True when `s` is printable ASCII without a trailing dot: its key is its lower-case form, hashed as it is read. */
const plainAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  return s.charCodeAt(s.length - 1) !== 0x2e;
};

/** The key of `address` hashed into two 32-bit halves (FNV-1a and a murmur-style mix), written to `out`. */
const hashKey = (address: string, out: Uint32Array): void => {
  // ASCII addresses (nearly all) are lower-cased code by code, without building the key string.
  const s = plainAscii(address) ? address : addressKey(address);
  const lower = s === address;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (lower && c >= 0x41 && c <= 0x5a) c += 0x20;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // Final mixing (murmur3 fmix32) so that nearby strings spread over the table.
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  b ^= b >>> 16;
  b = Math.imul(b, 0x85ebca6b);
  b ^= b >>> 13;
  out[0] = a;
  out[1] = b;
};

/** A set of addresses (by addressKey) that remembers the index each was first seen at. */
export class SeenAddresses {
  private capacity = 1024;
  private size = 0;
  private keys = new Uint32Array(this.capacity * 2);
  /** First index + 1; 0 marks an empty slot. */
  private firsts = new Uint32Array(this.capacity);
  private readonly hash = new Uint32Array(2);

  /** Distinct addresses held. */
  get count(): number {
    return this.size;
  }

  /** Bytes held by the table. */
  get bytes(): number {
    return this.keys.byteLength + this.firsts.byteLength;
  }

  /**
   * Records `address` as seen at `index`; answers the index it was first seen at when it was
   * seen before (the set keeps the first), else -1.
   */
  add(address: string, index: number): number {
    hashKey(address, this.hash);
    const h1 = this.hash[0]!;
    const h2 = this.hash[1]!;
    const mask = this.capacity - 1;
    for (let slot = h1 & mask; ; slot = (slot + 1) & mask) {
      const first = this.firsts[slot]!;
      if (first === 0) {
        this.keys[slot * 2] = h1;
        this.keys[slot * 2 + 1] = h2;
        this.firsts[slot] = Math.min(index, 0xfffffffe) + 1;
        if (++this.size * 4 > this.capacity * 3) this.grow();
        return -1;
      }
      if (this.keys[slot * 2] === h1 && this.keys[slot * 2 + 1] === h2) return first - 1;
    }
  }

  private grow(): void {
    const { keys, firsts } = this;
    this.capacity *= 2;
    this.keys = new Uint32Array(this.capacity * 2);
    this.firsts = new Uint32Array(this.capacity);
    const mask = this.capacity - 1;
    for (let old = 0; old < firsts.length; old++) {
      const first = firsts[old]!;
      if (first === 0) continue;
      let slot = keys[old * 2]! & mask;
      while (this.firsts[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot * 2] = keys[old * 2]!;
      this.keys[slot * 2 + 1] = keys[old * 2 + 1]!;
      this.firsts[slot] = first;
    }
  }
}
