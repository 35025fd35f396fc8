import type { Message } from '../model/index.js';
import type { BodyFacts } from './body.js';
import { headerValues, firstHeader } from './headers.js';

export interface UnsubscribeFacts {
  /** An unsubscribe link or merge tag in the HTML or text body. */
  readonly inBody: boolean;
  /** A usable List-Unsubscribe header (RFC 2369): at least one https, http or mailto URI. */
  readonly inHeader: boolean;
  /** RFC 8058 one-click: List-Unsubscribe-Post: List-Unsubscribe=One-Click and an https URI. */
  readonly oneClick: boolean;
  /** Body links (hrefs or merge tags) recognised as unsubscribe links. */
  readonly links: readonly string[];
  /** URIs of the List-Unsubscribe header. */
  readonly headerUris: readonly string[];
}

// Words that say "unsubscribe" in German, English, French, Spanish, Italian, Dutch, Polish and
// Portuguese; matched on lower-cased, accent-folded text, so plain substrings suffice (no regex).
const WORDS = [
  'abmelden', 'abmeldung', 'abbestellen', 'austragen', 'unsubscribe', 'opt out', 'opt-out', 'optout',
  'desabonner', 'desinscrire', 'desinscription', 'desabonnement', 'darse de baja', 'darte de baja',
  'cancelar suscripcion', 'disiscriviti', 'disiscrizione', 'cancellati', 'afmelden', 'uitschrijven',
  'wypisz', 'wypisanie', 'rezygnacja', 'descadastrar', 'cancelar inscricao', 'cancelar a inscricao',
  'unsub',
];

// Merge tags that mail tools replace by the unsubscribe link (Mailchimp, listmonk, Sendinblue …).
const MERGE_TAG_HINTS = ['*|unsub|*', 'unsubscribeurl', 'unsubscribe_url', 'unsubscribe-url', 'unsubscribelink', 'unsubscribe_link', '[unsubscribe]', '{{unsubscribe}}', '%unsubscribe%'];

export const fold = (s: string): string =>
  s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

const saysUnsubscribe = (s: string): boolean => {
  const f = fold(s);
  return WORDS.some((w) => f.includes(w));
};

const HEADER_URI = /<([^<>]*)>/g;

export const parseListUnsubscribe = (value: string): string[] => {
  const uris: string[] = [];
  for (const m of value.matchAll(HEADER_URI)) {
    const uri = m[1]!.trim();
    if (/^(https?|mailto):/i.test(uri)) uris.push(uri);
  }
  return uris;
};

export const analyzeUnsubscribe = (message: Message, body: BodyFacts): UnsubscribeFacts => {
  const links: string[] = [];
  for (const a of body.anchors) {
    if (saysUnsubscribe(a.text) || saysUnsubscribe(a.href) || saysUnsubscribe(a.title) || saysUnsubscribe(a.ariaLabel)) {
      links.push(a.href);
    }
  }
  for (const l of body.textLinks) if (saysUnsubscribe(l.href) || saysUnsubscribe(l.context)) links.push(l.href);
  const raw = fold(`${message.html ?? ''}\n${message.text ?? ''}`).replace(/\s+/g, '');
  for (const tag of MERGE_TAG_HINTS) if (raw.includes(tag)) links.push(tag);
  const headerUris = headerValues(message, 'list-unsubscribe').flatMap(parseListUnsubscribe);
  const post = (firstHeader(message, 'list-unsubscribe-post') ?? '').replace(/\s+/g, '').toLowerCase();
  return {
    inBody: links.length > 0,
    inHeader: headerUris.length > 0,
    oneClick: post === 'list-unsubscribe=one-click' && headerUris.some((u) => /^https:/i.test(u)),
    links,
    headerUris,
  };
};
