export * from './create-policy.js';
export * from './campaign.js';
export { recipientContext, sendContext, type ParsedSend } from './send-context.js';
export type { PolicyOptions, PolicyConfig, PackEntry, CustomFact, CustomOperator } from './options.js';
export { defineFact, defineOperator } from './options.js';
export { defaultLimits, type Limits } from './policy-limits.js';
export { renderNotice } from './render-notice.js';
