// Open and click tracking in a message: a tracking pixel (a 1×1, zero-sized or hidden remote
// image, or one at a known open-tracking address) and click tracking (links through a redirect
// that carries a per-recipient token or merge tag). Reading either back accesses information on
// the recipient's device: § 25(1) TDDDG asks for consent (docs/rules/de/tracking-without-consent.md).
// Pure; linear in the HTML (an indexOf walk over "<img", each tag read up to MAX_TAG characters).
import type { Anchor } from '../html/analyze-html.js';
import type { TextLink } from '../text/find-text-links.js';
import { fold } from '../text/word-matcher.js';
import { isSubscriptionPage, managesSubscription, namesUnsubscribe, saysUnsubscribe } from '../unsubscribe/unsubscribe-wording.js';

export interface TrackingFacts {
  /** An open-tracking pixel or a click-tracking link is present. */
  readonly present: boolean;
  /** Open tracking: the pixel sources found (at most five). */
  readonly pixels: readonly string[];
  /** Click tracking: how many links go through a per-recipient redirect. */
  readonly redirectLinks: number;
  /** The first such links (at most three), for evidence. */
  readonly redirectExamples: readonly string[];
  /** What was found, for messages: "pixel", "redirect links" or both. */
  readonly kinds: string;
}

const MAX_TAG = 2000;
const MAX_IMAGES = 500;
const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/** The attributes of one tag's text (after "<img"), read in one pass: no regex, no backtracking. */
export const attributesOf = (tag: string): Map<string, string> => {
  const out = new Map<string, string>();
  let i = 0;
  const n = tag.length;
  while (i < n) {
    while (i < n && (isSpace(tag[i]!) || tag[i] === '/')) i++;
    const start = i;
    while (i < n && !isSpace(tag[i]!) && tag[i] !== '=' && tag[i] !== '/' && tag[i] !== '>') i++;
    const name = tag.slice(start, i).toLowerCase();
    while (i < n && isSpace(tag[i]!)) i++;
    let value = '';
    if (tag[i] === '=') {
      i++;
      while (i < n && isSpace(tag[i]!)) i++;
      const q = tag[i];
      if (q === '"' || q === "'") {
        const end = tag.indexOf(q, i + 1);
        value = tag.slice(i + 1, end < 0 ? n : end);
        i = end < 0 ? n : end + 1;
      } else {
        const from = i;
        while (i < n && !isSpace(tag[i]!) && tag[i] !== '>') i++;
        value = tag.slice(from, i);
      }
    }
    if (name && !out.has(name)) out.set(name, value);
    if (start === i) i++; // a stray character ("=" without a name): step over it
  }
  return out;
};

const tiny = (v: string | undefined): boolean => v !== undefined && /^\s{0,3}[01](?:\.0{1,3})?\s{0,3}(?:px)?\s{0,3}$/i.test(v);
const STYLE_WIDTH = /(?:^|;)\s{0,5}width\s{0,5}:\s{0,5}([^;]{0,40})/i;
const STYLE_HEIGHT = /(?:^|;)\s{0,5}height\s{0,5}:\s{0,5}([^;]{0,40})/i;

/** Paths of open-tracking endpoints of common mailing services (from EasyPrivacy's e-mail tracker list). */
const OPEN_PATHS = ['/track/open', '/wf/open', '/open.aspx', '/open.php', '/o.gif', '/pixel.gif', '/beacon', '/tr/op/', '/e/o/', '/mo/', '/trk?', '/open?', '/open/'];
/** Paths and hosts of click-tracking redirects. */
const CLICK_PATHS = ['/track/click', '/ls/click', '/wf/click', '/click?', '/click/', '/c/', '/cl/', '/l/', '/r/', '/redirect', '/redir', '/tr/cl/', '/link/', '/mailing/click'];
const CLICK_HOSTS = ['click.', 'clicks.', 'track.', 'tracking.', 'links.', 'link.', 'lnk.', 'email.', 'mail.', 'ct.', 'trk.', 'r.'];
/** A merge tag naming the recipient in a URL: {{email}}, *|UNIQID|*, %%subscriber_id%%, [contact_id], $uid$ … */
const RECIPIENT_TAG = /(?:\{\{|\*\||%%?|\[\[?|\$)\s{0,3}[\w.]{0,30}(?:e-?mail|subscriber|recipient|contact|uniqid|uid|user_?id|member|empfaenger|kunde)[\w.]{0,30}\s{0,3}(?:\}\}|\|\*|%%?|\]\]?|\$)/i;
const TOKEN_PART = /^[A-Za-z0-9_-]{16,}$/;
const HEX = /^[0-9a-f]{16,}$/i;
/**
 * An opaque token in a path segment or query value: 16 or more letters, digits, _ or -, with at
 * least three digits and an upper-case letter (base64-like ids), or hex. A slug such as
 * "/c/electronics-and-accessories-2026" is no token.
 */
export const hasOpaqueToken = (pathAndQuery: string): boolean =>
  pathAndQuery.split(/[/?&=]/).some((part) => {
    if (!TOKEN_PART.test(part)) return false;
    if (HEX.test(part)) return true;
    let digits = 0;
    for (let i = 0; i < part.length; i++) if (part.charCodeAt(i) >= 48 && part.charCodeAt(i) <= 57) digits++;
    return digits >= 3 && /[A-Z]/.test(part);
  });

/** Words of preference and profile pages (in link text or URL): their recipient id serves the recipient. */
const SETTINGS = ['einstellung', 'settings', 'preferences', 'praferenz', 'profil', 'abonnement', 'subscription', 'abbestell', 'abmeld', 'optout', 'opt-out'];

const isRemote = (src: string): boolean => /^(?:https?:)?\/\//i.test(src.trim()) || RECIPIENT_TAG.test(src);

const isPixel = (attrs: Map<string, string>): boolean => {
  const src = attrs.get('src') ?? '';
  if (!isRemote(src)) return false;
  const style = attrs.get('style') ?? '';
  const width = attrs.get('width') ?? STYLE_WIDTH.exec(style)?.[1];
  const height = attrs.get('height') ?? STYLE_HEIGHT.exec(style)?.[1];
  if (tiny(width) && tiny(height)) return true;
  if (/display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden|opacity\s{0,3}:\s{0,3}0(?![.\d])/i.test(style)) return true;
  const lower = src.toLowerCase();
  return OPEN_PATHS.some((p) => lower.includes(p)) && (hasOpaqueToken(src) || RECIPIENT_TAG.test(src));
};

/** The remote images of an HTML body that are tracking pixels. */
export const findTrackingPixels = (html: string): string[] => {
  const found: string[] = [];
  const lower = html.toLowerCase();
  let from = 0;
  for (let n = 0; n < MAX_IMAGES; n++) {
    const i = lower.indexOf('<img', from);
    if (i < 0) break;
    const end = lower.indexOf('>', i);
    const tag = html.slice(i + 4, end < 0 ? Math.min(html.length, i + MAX_TAG) : Math.min(end, i + MAX_TAG));
    from = end < 0 ? html.length : end + 1;
    const attrs = attributesOf(tag);
    if (isPixel(attrs) && found.length < 5) found.push(attrs.get('src')!.slice(0, 200));
  }
  return found;
};

/**
 * A link that goes through a click-tracking redirect with a per-recipient token or merge tag.
 * Unsubscribe and subscription-settings links carry the recipient's id to do their job: not tracking.
 */
export const isTrackedLink = (href: string, text = ''): boolean => {
  if (!href || saysUnsubscribe(text) || managesSubscription(text) || namesUnsubscribe(href) || isSubscriptionPage(href)) return false;
  const words = `${fold(text)} ${href.toLowerCase()}`;
  if (SETTINGS.some((w) => words.includes(w))) return false;
  if (RECIPIENT_TAG.test(href)) return true;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const host = url.hostname.toLowerCase();
  const path = `${url.pathname.toLowerCase()}${url.search ? '?' : ''}`;
  const tracker = CLICK_HOSTS.some((h) => host.startsWith(h)) || CLICK_PATHS.some((p) => path.includes(p));
  return tracker && hasOpaqueToken(`${url.pathname}${url.search}`);
};

/** Open and click tracking of a message, from its HTML and its links. Pure. */
export const findTracking = (html: string, anchors: readonly Anchor[], textLinks: readonly TextLink[]): TrackingFacts => {
  const pixels = html ? findTrackingPixels(html) : [];
  const tracked = [...anchors.filter((a) => isTrackedLink(a.href, a.text)).map((a) => a.href), ...textLinks.filter((l) => isTrackedLink(l.href)).map((l) => l.href)];
  const kinds = [pixels.length > 0 ? 'pixel' : '', tracked.length > 0 ? 'redirect links' : ''].filter(Boolean).join(' + ');
  return { present: pixels.length > 0 || tracked.length > 0, pixels, redirectLinks: tracked.length, redirectExamples: tracked.slice(0, 3).map((h) => h.slice(0, 200)), kinds };
};
