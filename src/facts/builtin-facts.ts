import { activity } from './recipient/activity.js';
import { botSignals } from './recipient/bot-signals.js';
import { consent } from './recipient/consent.js';
import { doiRequests } from './recipient/doi-requests.js';
import { displayName } from './message/sender/display-name.js';
import { campaignClock, recipientClock } from './recipient/mailing-clocks.js';
import { messageFactDefinitions } from './message/message-fact-definitions.js';
import { monitoringFacts } from './history/monitoring-facts.js';
import { topicConsent } from './recipient/topic-consent.js';
import type { FactDefinition } from './types.js';
import { builtinFactSchemas } from './fact-schemas.js';

const messageRecord: FactDefinition = {
  name: 'message',
  scope: 'message',
  description: 'The validated message as given (from, subject, headers lower-cased …).',
  compute: (ctx) => ctx.message,
};

const recipientRecord: FactDefinition = {
  name: 'recipient',
  scope: 'recipient',
  description: 'The validated recipient record as given (address, source, consent, signup …).',
  compute: (ctx) => ctx.recipient,
};

const historyRecord: FactDefinition = {
  name: 'history',
  scope: 'history',
  description: 'The validated sending history as given.',
  compute: (ctx) => ctx.history,
};

/** Every built-in fact, by name, with the schema of its value (fact-schemas.ts). */
export const builtinFacts: readonly FactDefinition[] = ([
  ...messageFactDefinitions,
  messageRecord,
  displayName,
  recipientRecord,
  consent,
  doiRequests,
  activity,
  topicConsent,
  botSignals,
  recipientClock,
  historyRecord,
  campaignClock,
  ...monitoringFacts,
] as FactDefinition[]).map((f) => ({ ...f, schema: builtinFactSchemas[f.name] }));
