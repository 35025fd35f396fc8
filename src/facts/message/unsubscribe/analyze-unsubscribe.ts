import type { Message } from '../../../model/index.js';
import type { BodyFacts } from '../analyze-body.js';
import { headerValues } from '../header-values.js';
import { analyzeListUnsubscribeHeader, type ListUnsubscribeHeader } from './list-unsubscribe.js';
import { isControl, tagNames } from '../text/find-merge-tags.js';
import type { TextLink } from '../text/find-text-links.js';
import { fold } from '../text/word-matcher.js';
import {
  isSubscriptionPage, MANAGES_SUBSCRIPTION, NAMES_OTHER_DESTINATION, namesUnsubscribe, SAYS_CONFIRM, SAYS_UNSUBSCRIBE,
  UNSUBSCRIBE_WORD, unsubscribeWording,
} from './unsubscribe-wording.js';

/** Why a body link counts as an unsubscribe link. */
export type UnsubscribeReason = 'text' | 'url' | 'context' | 'merge-tag' | 'manage-subscription';

export interface UnsubscribeLink {
  /** The href, bare URL or merge tag. */
  readonly href: string;
  readonly source: 'html-anchor' | 'html-text' | 'text-part' | 'merge-tag';
  readonly reason: UnsubscribeReason;
}

export interface UnsubscribeFacts {
  /** An unsubscribe link or a merge tag standing for one in the HTML or text body. */
  readonly inBody: boolean;
  /** A usable List-Unsubscribe header (RFC 2369) as mailbox providers read it: at least one https, http or mailto URI in angle brackets (`header.usable`). */
  readonly inHeader: boolean;
  /** RFC 8058 one-click: List-Unsubscribe-Post: List-Unsubscribe=One-Click and an https URI. */
  readonly oneClick: boolean;
  /** Body links (hrefs, bare URLs or merge tags) recognised as unsubscribe links, without duplicates. */
  readonly links: readonly string[];
  /** The same links with where they were found and why they count. */
  readonly found: readonly UnsubscribeLink[];
  /** Usable URIs of the List-Unsubscribe header(s) (`header.uris`). */
  readonly headerUris: readonly string[];
  /** The List-Unsubscribe header as found: present, usable, its URIs and what is wrong with it (problem codes and words). */
  readonly header: ListUnsubscribeHeader;
}

const hrefReason = (href: string): UnsubscribeReason | null =>
  namesUnsubscribe(href) ? 'url' : isSubscriptionPage(href) ? 'manage-subscription' : null;

/** unsubscribeWording of unfolded text (most link contexts are empty: nothing to fold). */
const wordingOf = (text: string): number => (text ? unsubscribeWording(fold(text)) : 0);

/** Own words that say the link goes elsewhere: another page (privacy, web version …) or a confirmation. */
const ELSEWHERE = NAMES_OTHER_DESTINATION | SAYS_CONFIRM;

/**
 * Context counts unless the link's own words, or its lead-in, say it goes elsewhere: the link's
 * text names another destination (privacy policy, imprint, "view online") or confirms (a
 * double-opt-in button), or the words before it name another destination without saying
 * unsubscribe ("Online lesen: URL" takes nothing from the next line's "Abmelden:").
 * `own` gives the unsubscribeWording of the link's text, asked only when the context counts.
 */
const contextReason = (own: () => number, before: string, after: string): UnsubscribeReason | null => {
  const lead = wordingOf(before);
  const context = lead & ELSEWHERE && !(lead & (SAYS_UNSUBSCRIBE | MANAGES_SUBSCRIPTION)) ? lead : lead | wordingOf(after);
  if (!(context & (SAYS_UNSUBSCRIBE | MANAGES_SUBSCRIPTION)) || own() & ELSEWHERE) return null;
  return context & SAYS_UNSUBSCRIBE ? 'context' : 'manage-subscription';
};

/**
 * A bare URL counts by its own words or its context; a bare email address (written without
 * "mailto:") only when it names the opt-out itself (list-unsubscribe@…). Opt-out wording around an
 * address is a reply instruction ("To be removed send an email to x@y", like "reply with REMOVE")
 * or the recipient's own address in a greeting ("x@y, vous ne souhaitez plus recevoir … ?"),
 * not a link.
 */
const bareLinkReason = (l: TextLink): UnsubscribeReason | null =>
  hrefReason(l.href) ?? (l.type === 'email' ? null : contextReason(() => unsubscribeWording(fold(l.value)), l.context, l.after));

/**
 * A link's own words say unsubscribe: an unsubscribe word, or a "no more mail" phrase on a link
 * that does not confirm ("Confirm, but send me nothing further" is a double-opt-in button).
 */
const ownSaysUnsubscribe = (own: number): boolean =>
  (own & UNSUBSCRIBE_WORD) !== 0 || ((own & SAYS_UNSUBSCRIBE) !== 0 && !(own & SAYS_CONFIRM));

export const analyzeUnsubscribe = (message: Message, body: BodyFacts): UnsubscribeFacts => {
  const found: UnsubscribeLink[] = [];
  for (const a of body.anchors) {
    const own = unsubscribeWording(fold(`${a.text} ${a.title} ${a.ariaLabel}`));
    const reason: UnsubscribeReason | null = ownSaysUnsubscribe(own)
      ? 'text'
      : own & MANAGES_SUBSCRIPTION
        ? 'manage-subscription'
        : (hrefReason(a.href) ?? contextReason(() => own, a.before, a.after));
    if (reason) found.push({ href: a.href, source: 'html-anchor', reason });
  }
  for (const l of body.htmlTextLinks) {
    const reason = bareLinkReason(l);
    if (reason) found.push({ href: l.href, source: 'html-text', reason });
  }
  for (const l of body.textLinks) {
    const reason = bareLinkReason(l);
    if (reason) found.push({ href: l.href, source: 'text-part', reason });
  }
  // A merge tag written as text stands for the link it is replaced by (tags in hrefs are above).
  for (const tag of body.mergeTags) {
    if (!isControl(tag) && namesUnsubscribe(tagNames(tag))) found.push({ href: tag.raw, source: 'merge-tag', reason: 'merge-tag' });
  }
  const header = analyzeListUnsubscribeHeader(headerValues(message, 'list-unsubscribe'), headerValues(message, 'list-unsubscribe-post'));
  return {
    inBody: found.length > 0,
    inHeader: header.usable,
    oneClick: header.oneClick,
    links: [...new Set(found.map((f) => f.href))],
    found,
    headerUris: header.uris,
    header,
  };
};
