import * as z from 'zod';
import { PurposeSchema, SanctionKindSchema, ScopeSchema, SeveritySchema } from '../../model/index.js';
import { ClauseSchema, PackLanguageSchema } from './clause-schema.js';

/** A reference to another fact as a condition's value (json-rules-engine's format). */
export const FactRefSchema = z.object({
  fact: z.string().min(1),
  path: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
});

export const LeafConditionSchema = z.object({
  fact: z.string().min(1),
  operator: z.string().min(1),
  value: z.unknown(),
  path: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  name: z.string().optional(),
  priority: z.number().optional(),
});

export type LeafCondition = z.infer<typeof LeafConditionSchema>;

export type Condition =
  | LeafCondition
  | { all: Condition[]; name?: string; priority?: number }
  | { any: Condition[]; name?: string; priority?: number }
  | { not: Condition; name?: string; priority?: number }
  | { condition: string; name?: string; priority?: number };

const meta = { name: z.string().optional(), priority: z.number().optional() };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(ConditionSchema), ...meta }).strict(),
    z.object({ any: z.array(ConditionSchema), ...meta }).strict(),
    z.object({ not: ConditionSchema, ...meta }).strict(),
    z.object({ condition: z.string().min(1), ...meta }).strict(),
    LeafConditionSchema.strict(),
  ]),
).meta({ id: 'Condition', description: 'A json-rules-engine condition: all / any / not, a named condition reference, or { fact, path?, operator, value }.' });

/** The top of a rule's conditions: all, any, not or a named condition reference. */
export const TopConditionSchema = z.union([
  z.object({ all: z.array(ConditionSchema), ...meta }).strict(),
  z.object({ any: z.array(ConditionSchema), ...meta }).strict(),
  z.object({ not: ConditionSchema, ...meta }).strict(),
  z.object({ condition: z.string().min(1), ...meta }).strict(),
]);

export const LocalizedSchema = z.object({ de: z.string().min(1), en: z.string().min(1) }).strict();

export const RuleOptionSchema = z
  .object({
    /** The value type; omitted, the type of `default` (a policy override must have this type). */
    type: z.enum(['number', 'integer', 'string', 'boolean', 'string[]', 'number[]']).optional(),
    default: z.union([z.number(), z.string(), z.boolean(), z.array(z.union([z.string(), z.number()]))]),
    description: z.string().min(1),
    /** Where the default comes from: the policy, a mailbox provider's requirement, an RFC, a law. */
    source: z.string().min(1),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
  })
  .strict();

export type RuleOption = z.infer<typeof RuleOptionSchema>;

/** A violation a rule case expects; fields left out are not compared. */
export const ExpectedViolationSchema = z
  .object({
    ruleId: z.string().optional().describe('Defaults to the id of the rule under test.'),
    recipient: z.string().optional().describe('For recipient rules: the address the violation is about.'),
    data: z.record(z.string(), z.unknown()).optional().describe("Evidence entries the violation must carry (others are not compared), e.g. { \"options.months\": 6 }."),
    message: z.string().optional().describe('The message the violation must have in the test locale (English).'),
  })
  .strict();

/**
 * One case of a rule: the same shape in a rule file's `examples` and in `testRule`'s cases
 * (ESLint's RuleTester has one case vocabulary too). Fields left out get defaults: a minimal
 * message, EXAMPLE_NOW, the account `shop.example`.
 */
export const ExampleSchema = z
  .object({
    name: z.string().min(1),
    now: z.string().optional(),
    account: z.object({ senderDomains: z.array(z.string()) }).optional(),
    message: z.record(z.string(), z.unknown()).optional(),
    recipient: z.record(z.string(), z.unknown()).optional(),
    recipients: z.array(z.record(z.string(), z.unknown())).optional().describe('Several recipients; `recipient` is the one-recipient form.'),
    history: z.record(z.string(), z.unknown()).optional(),
    sender: z.record(z.string(), z.unknown()).optional().describe("The check's `sender` input (DNS and transport facts, as probeSender returns them)."),
    options: z.record(z.string(), z.unknown()).optional(),
    violations: z
      .array(ExpectedViolationSchema)
      .optional()
      .describe('Violating cases only: every violation of the rule the case must produce, in report order. Left out, the rule must fire at least once.'),
  })
  .strict();

/** An http(s) URL of a documentation page. */
export const DocsUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

/** A pack's documentation URL for its rules: an http(s) URL with {id} where the rule id goes. */
export const DocsUrlTemplateSchema = z
  .string()
  .refine((t) => t.includes('{id}'), 'expected {id} where the rule id goes')
  .refine((t) => DocsUrlSchema.safeParse(t.replaceAll('{id}', 'pack/rule')).success, 'expected an http(s) URL once {id} is filled in');

/** A rule's documentation URL from the pack's template: {id} is the rule id ("pack/rule-name"). */
export const docsUrlOf = (template: string, id: string): string => template.replaceAll('{id}', id);

export const RuleSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'rule ids look like "pack/rule-name"').describe('Unique id "pack/rule-name", lower case.'),
    clause: z.string().min(1).describe("The clause of the pack's policy the rule enforces: an id from the pack's clauses (or an extended pack's)."),
    scope: ScopeSchema.describe('message: once per send; recipient: once per recipient; history: once per send, on the sending history.'),
    severity: SeveritySchema.describe('prohibited ("must not"), undesired ("should not") or advisory ("worth knowing").'),
    sanction: SanctionKindSchema.optional().describe("The sanction this rule suggests when it fires; omitted, none ('none')."),
    /** In the pack's recommended set (default true). */
    recommended: z.boolean().optional().describe("In the pack's recommended set (default true)."),
    description: LocalizedSchema.describe('What the rule checks, German and English.'),
    /** What the customer must change; shown in notices. */
    fix: LocalizedSchema.describe('What the customer must change; shown in notices.'),
    appliesTo: z.object({ purpose: z.array(PurposeSchema).min(1) }).strict().optional().describe('Only for these message purposes; omitted, for every purpose.'),
    url: DocsUrlSchema.optional().describe("The rule's documentation page (SARIF helpUri, the stylish footer); omitted, the pack's docsUrl with the rule id filled in."),
    options: z.record(z.string(), RuleOptionSchema).optional().describe('Thresholds a policy may override; read in conditions as { "fact": "options", "path": "$.name" }.'),
    /** Extra evidence keys (`fact.path`) recorded besides the facts the conditions read. */
    evidence: z.array(z.string()).optional().describe('Extra evidence keys (fact.path) recorded besides the facts the conditions read.'),
    messages: LocalizedSchema.describe('The violation message, German and English; {fact.path} and {options.name} placeholders are filled from the evidence.'),
    conditions: TopConditionSchema.describe("json-rules-engine conditions; the rule fires when they hold."),
    examples: z
      .object({ violating: z.array(ExampleSchema).min(1), compliant: z.array(ExampleSchema).min(1) })
      .strict()
      .refine((examples) => examples.compliant.every((e) => e.violations === undefined), {
        path: ['compliant'],
        message: 'a compliant example expects no violation: move it to violating, or drop "violations"',
      })
      .describe('Inputs the rule must fire on (violating) and stay silent on (compliant); run by the test suite.'),
  })
  .strict();

export type RuleInput = z.input<typeof RuleSchema>;
export type Rule = z.output<typeof RuleSchema>;
export type RuleExample = z.infer<typeof ExampleSchema>;
export type ExpectedViolation = z.infer<typeof ExpectedViolationSchema>;

export const PackManifestSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1),
    version: z.string().min(1),
    announcedAt: z.iso.date(),
    description: z.string().optional(),
    /** Where each rule is documented, {id} standing for the rule id (a rule's own `url` wins). */
    docsUrl: DocsUrlTemplateSchema.optional().describe("Each rule's documentation page, {id} standing for the rule id (e.g. https://example.org/rules/{id}.md); a rule's own url wins."),
    /** Folders of packs (relative to this pack.json) whose rules and named conditions this pack includes. */
    extends: z.array(z.string().min(1)).optional(),
    /** Named conditions rules can reference with { "condition": name }. */
    conditions: z.record(z.string(), TopConditionSchema).optional(),
    language: PackLanguageSchema.optional().describe("The language of the policy text the pack encodes; violations quote clause headings in it (default en)."),
    clauses: z.array(ClauseSchema).optional().describe('The clauses of the policy the rules cite (a rule\'s "clause" must name one of them or of an extended pack).'),
    coreFindings: z.object({ idPrefix: z.string(), clause: z.string() }).strict().optional().describe("Where the library's own findings (analysis limits, duplicate recipients) are filed while this pack is in use."),
    /** Rule file names (without `.json`) in evaluation order. */
    rules: z.array(z.string().min(1)),
  })
  .strict();

export type PackManifest = z.infer<typeof PackManifestSchema>;
