// The letter of RFC 2369 and RFC 8058 for bulk senders: how many https URIs List-Unsubscribe
// offers ("MUST contain one HTTPS URI"), whether List-Unsubscribe-Post is exactly the one
// key/value pair of the ABNF, and whether the syntax problems found would make a provider skip it.
import type { Message } from '../../../model/index.js';
import { headerValues } from '../header-values.js';
import { parseListUnsubscribe } from './list-unsubscribe.js';

export interface OneClickFormFacts {
  readonly headerCount: number;
  readonly postCount: number;
  /** https URIs in the (first) List-Unsubscribe header. */
  readonly httpsUris: number;
  /** mailto URIs in the (first) List-Unsubscribe header. */
  readonly mailtoUris: number;
  /** The List-Unsubscribe-Post value as written (the first), or null. */
  readonly postValue: string | null;
  /** RFC 8058 5: `List-Unsubscribe-Post:` 0*1WSP `List-Unsubscribe=One-Click` (ABNF strings ignore case); null without the header. */
  readonly postExact: boolean | null;
}

export const analyzeOneClickForm = (message: Message): OneClickFormFacts => {
  const headers = headerValues(message, 'list-unsubscribe');
  const posts = headerValues(message, 'list-unsubscribe-post');
  const uris = headers[0] === undefined ? [] : parseListUnsubscribe(headers[0]);
  const postValue = posts[0] ?? null;
  return {
    headerCount: headers.length,
    postCount: posts.length,
    httpsUris: uris.filter((u) => u.toLowerCase().startsWith('https://')).length,
    mailtoUris: uris.filter((u) => u.toLowerCase().startsWith('mailto:')).length,
    postValue,
    postExact: postValue === null ? null : posts.length === 1 && postValue.trim().toLowerCase() === 'list-unsubscribe=one-click',
  };
};
