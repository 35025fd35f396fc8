import type { InputIssue } from '../../model/index.js';

/** A body as nodemailer accepts it once resolved: a string, bytes (a Buffer is a Uint8Array) or { content, encoding }. */
export type NodemailerContent = string | Uint8Array | { content: string | Uint8Array; encoding?: string };

const utf8 = new TextDecoder('utf-8');

const fromBase64 = (s: string): Uint8Array => {
  // atob exists in browsers and in Node ≥ 16: the core decodes base64 without Node APIs.
  const bin = atob(s.replace(/[\s]/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
};

const fromHex = (s: string): Uint8Array | null => {
  if (s.length % 2 !== 0 || /[^0-9a-fA-F]/.test(s)) return null;
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
};

const decodeString = (content: string, encoding: string): string | null => {
  switch (encoding.toLowerCase().replace(/[-_\s]/g, '')) {
    case 'utf8':
    case 'usascii':
    case 'ascii':
      return content;
    case 'base64':
      try {
        return utf8.decode(fromBase64(content));
      } catch {
        return null;
      }
    case 'hex': {
      const bytes = fromHex(content);
      return bytes && utf8.decode(bytes);
    }
    default:
      return null;
  }
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Reads an html or text option to a string. Streams, file paths and URLs are not read here (the
 * core does no I/O): the plugin resolves them through nodemailer first; direct callers pass the
 * content itself.
 */
export const readContent = (value: unknown, path: string): { value?: string; issue?: InputIssue } => {
  if (value === undefined || value === null || value === false) return {};
  if (typeof value === 'string') return { value };
  if (value instanceof Uint8Array) return { value: utf8.decode(value) };
  if (isObject(value) && 'content' in value) {
    const { content, encoding } = value as { content: unknown; encoding?: unknown };
    if (content instanceof Uint8Array) return { value: utf8.decode(content) };
    if (typeof content === 'string') {
      const decoded = decodeString(content, typeof encoding === 'string' ? encoding : 'utf8');
      if (decoded !== null) return { value: decoded };
      return { issue: { path: `${path}.encoding`, message: `cannot decode content with encoding "${String(encoding)}"` } };
    }
  }
  if (isObject(value) && ('path' in value || 'href' in value || typeof value.pipe === 'function')) {
    return { issue: { path, message: 'a file path, URL or stream is not read here: resolve it first (mailpolicyPlugin does) or pass the content' } };
  }
  return { issue: { path, message: 'expected a string, bytes or { content, encoding }' } };
};
