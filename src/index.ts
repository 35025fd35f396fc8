// mailpolicy: check an email send against a mail provider's acceptable-use policy.
export { createPolicy, defineFact, defineOperator, defaultLimits, renderNotice } from './policy/index.js';
export type { Limits } from './policy/index.js';
export type {
  Policy, PolicyOptions, PolicyConfig, PolicyDescription, PackEntry, CheckInput, SendInput, Campaign, CustomFact, CustomOperator,
} from './policy/index.js';
export { managedEmailServer, clauses, clauseIds, type ManagedEmailServerRuleId } from './packs/managed-email-server.js';
export { bulkSender, type BulkSenderRuleId } from './packs/bulk-sender.js';
export { germanLaw, type GermanLawRuleId } from './packs/german-law.js';
export { builtinPacks, defaultPacks } from './packs/builtin-packs.js';
export { analyzeMessage } from './facts/index.js';
export type * from './facts/index.js';
export { InputError, DEFAULT_FAIL_ON, MessageSchema, RecipientSchema, SendingHistorySchema, ViolationSchema, ReportSchema } from './model/index.js';
export type {
  InputIssue, Message, MessageInput, Recipient, RecipientInput, SendingHistory, SendingHistoryInput,
  Violation, Report, RecipientVerdict, Sanction, Intervention, EscalationStep, SanctionKind, Severity, Scope, Purpose, Locale,
} from './model/index.js';
export type { NoticeOptions } from './report/index.js';
export { suggestedSanctions, combineSanctions, billInterventions, governingVersion, sanctionLabel } from './sanctions/index.js';
export type { SanctionDecision, Bill, BillLine, BillingOptions, GoverningVersion, ObjectionWindow, VersionInput } from './sanctions/index.js';
// The seed pack's sanction policy (its escalation ladder and the clause allowing each action).
export { decideSanction, sanctionClause } from './packs/escalation/index.js';
export type { SanctionInput } from './packs/escalation/index.js';
export { definePack, PackError, RuleSchema, PackSchema, PackManifestSchema, ClauseSchema, explain, formatExplanation } from './engine/index.js';
export type {
  Pack, PackInput, PackMode, Rule, RuleInput, RuleOption, RuleExample, RuleSetting, PackIssue, OperatorFn, Condition, CompiledRule, ConfiguredRule,
  Explanation, ExplainedCondition, ExplainedFact, ExplainedGroup, ExplainedReference, ConditionStatus, OptionType,
  Clause, SanctionPolicy, SanctionPolicyInput, DefineOptions,
} from './engine/index.js';
export { fromEml } from './adapters/eml.js';
export type { EmlOptions } from './adapters/eml.js';
export { fromNodemailer, mailpolicyPlugin, PolicyRejectedError } from './adapters/nodemailer.js';
export type {
  NodemailerMailOptions, NodemailerExtras, NodemailerAddress, NodemailerContent, NodemailerHeaders,
  MailpolicyPluginOptions, NodemailerMail,
} from './adapters/nodemailer.js';
export { formatReport, formatStylish, formatJson, formatSarif, formatJunit, formats, headerLines } from './report/index.js';
export type { Format, FormatOptions, FormatRule } from './report/index.js';
