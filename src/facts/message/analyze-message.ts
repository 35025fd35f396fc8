import { parseMessage, type Message, type MessageInput } from '../../model/index.js';
import { analyzeBody, type BodyFacts } from './analyze-body.js';
import { parseAnalyzeOptions } from './analyze-options.js';
import { analyzeContent, type ContentFacts } from './analyze-content.js';
import { analyzeImprint, type ImprintFacts } from './imprint/analyze-imprint.js';
import { analyzePurpose, type PurposeFacts } from './analyze-purpose.js';
import { analyzeSender, type SenderFacts } from './sender/analyze-sender.js';
import { analyzeSize } from './analyze-size.js';
import type { Account } from '../account.js';
import { analyzeUnsubscribe, type UnsubscribeFacts } from './unsubscribe/analyze-unsubscribe.js';
import { cutUtf8, defaultAnalysisLimits, type AnalysisFacts, type AnalysisLimitName, type AnalysisLimits } from './analysis-limits.js';

/** Everything derived from one message; computed once per campaign. */
export interface MessageFacts {
  readonly purpose: PurposeFacts;
  readonly unsubscribe: UnsubscribeFacts;
  readonly imprint: ImprintFacts;
  readonly sender: SenderFacts;
  readonly content: ContentFacts;
  readonly body: BodyFacts;
  readonly sizeBytes: number;
  readonly htmlBytes: number;
  /** How much was analysed and which limits cut it short (nothing is skipped silently). */
  readonly analysis: AnalysisFacts;
}

export interface AnalyzeOptions {
  /** The customer's own sending domains, for `sender.ownDomain`. */
  readonly senderDomains?: readonly string[];
  /** How much of the message to analyse (defaults: defaultAnalysisLimits). */
  readonly limits?: Partial<AnalysisLimits>;
}

/** Facts of a validated message. */
export const messageFacts = (message: Message, account: Account, limits: AnalysisLimits = defaultAnalysisLimits): MessageFacts => {
  // Bodies past their limit are cut (whole code points) before parsing; sizes stay the true sizes.
  const html = cutUtf8(message.html ?? '', limits.maxHtmlBytes);
  const text = cutUtf8(message.text ?? '', limits.maxTextBytes);
  const htmlCut = html.kept.length < (message.html ?? '').length;
  const textCut = text.kept.length < (message.text ?? '').length;
  const analysed: Message = htmlCut || textCut
    ? { ...message, ...(message.html === undefined ? {} : { html: html.kept }), ...(message.text === undefined ? {} : { text: text.kept }) }
    : message;
  const { body, links } = analyzeBody(analysed, limits.maxLinks);
  const linksAnalysed = body.anchors.length + body.textLinks.length + body.htmlTextLinks.length;
  const exceeded: AnalysisLimitName[] = [];
  if (htmlCut) exceeded.push('maxHtmlBytes');
  if (textCut) exceeded.push('maxTextBytes');
  if (linksAnalysed < links) exceeded.push('maxLinks');
  const sender = analyzeSender(message, account);
  const analysis: AnalysisFacts = {
    complete: exceeded.length === 0 && sender.cutHeaders.length === 0,
    exceeded,
    htmlBytes: html.bytes,
    htmlBytesAnalysed: html.keptBytes,
    textBytes: text.bytes,
    textBytesAnalysed: text.keptBytes,
    links,
    linksAnalysed,
    cutHeaders: sender.cutHeaders,
    limits,
  };
  return {
    purpose: analyzePurpose(message),
    unsubscribe: analyzeUnsubscribe(message, body),
    imprint: analyzeImprint(body),
    sender,
    content: analyzeContent(message),
    body,
    ...analyzeSize(message, { html: html.bytes, text: text.bytes }),
    analysis,
  };
};

/** Pure and synchronous: validates the message (throws InputError) and derives its facts. */
export const analyzeMessage = (message: MessageInput | Message, options: AnalyzeOptions = {}): MessageFacts => {
  const { senderDomains, limits } = parseAnalyzeOptions(options);
  return messageFacts(parseMessage(message), { senderDomains }, { ...defaultAnalysisLimits, ...limits });
};
