// The envelope sender as a received message shows it: Return-Path (RFC 5322 3.6.7, written by
// the final delivery) and Received-SPF (RFC 7208 9.1, the receiver's SPF verdict).

/** The address of a Return-Path value (`<bounce@x.example>`); null for `<>` or an unreadable value. */
export const parseReturnPath = (value: string): string | null => {
  const open = value.indexOf('<');
  const close = open < 0 ? -1 : value.indexOf('>', open + 1);
  const inner = (open >= 0 && close > open ? value.slice(open + 1, close) : value).trim();
  return inner.includes('@') ? inner : null;
};

/** The domain of an address (after the last @), lower-cased; null without one. */
export const domainOfAddress = (address: string | null | undefined): string | null => {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  let d = (at >= 0 ? address.slice(at + 1) : address).trim().toLowerCase();
  while (d.endsWith('>') || d.endsWith('.')) d = d.slice(0, -1);
  return d.length > 0 ? d : null;
};

export interface ReceivedSpf {
  /** pass, fail, softfail, neutral, none, temperror, permerror (lower-cased). */
  readonly result: string;
  /** The `envelope-from` key-value, when the receiver wrote it. */
  readonly envelopeFrom: string | null;
}

/** `Received-SPF: pass (comment) client-ip=…; envelope-from="a@b.example"; …` */
export const parseReceivedSpf = (value: string): ReceivedSpf => {
  const trimmed = value.trim();
  const space = trimmed.search(/[\s(;]/);
  const result = (space < 0 ? trimmed : trimmed.slice(0, space)).toLowerCase();
  const key = 'envelope-from=';
  const at = trimmed.toLowerCase().indexOf(key);
  let envelopeFrom: string | null = null;
  if (at >= 0) {
    const rest = trimmed.slice(at + key.length);
    const end = rest.indexOf(';');
    envelopeFrom = (end < 0 ? rest : rest.slice(0, end)).trim().replace(/^"|"$/g, '') || null;
  }
  return { result, envelopeFrom };
};
