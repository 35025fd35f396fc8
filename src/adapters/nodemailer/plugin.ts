import { DEFAULT_FAIL_ON, InputError, SeveritySchema, severityRank, toInputIssues, type RecipientInput, type Report, type SendingHistoryInput, type Severity } from '../../model/index.js';
import type { Policy } from '../../policy/index.js';
import { recipientAddresses } from './addresses.js';
import { fromNodemailer, type NodemailerExtras, type NodemailerMailOptions } from './from-nodemailer.js';
import { PolicyRejectedError } from './rejected-error.js';

/** The slice of nodemailer's MailMessage a `compile` plugin receives. */
export interface NodemailerMail {
  // `object`: nodemailer's own Options type is wider than what is read here.
  data: object;
  resolveContent?(data: object, key: string): Promise<unknown>;
}

export interface MailpolicyPluginOptions {
  /**
   * Reject a send with a violation of this severity or stronger. Default: DEFAULT_FAIL_ON
   * ('undesired', as the CLI's --fail-on): what the provider asks to fix before sending.
   */
  readonly failOn?: Severity;
  /** Purpose, topic and labels for every mail; a mail's own `mailpolicy` option overrides them. */
  readonly message?: NodemailerExtras;
  /** The sending history, or a function giving it per mail. */
  readonly history?: SendingHistoryInput | ((mail: NodemailerMailOptions) => SendingHistoryInput | undefined);
  /**
   * Called once per recipient address of the mail (to, cc, bcc) before the check, with the
   * address and the mail: return the recipient's record (consent, suppression, source … from
   * your database) and the send is checked with it, so a suppressed or unconsented address
   * fails the send. Return undefined to leave an address out of the check.
   */
  readonly recipient?: (address: string, mail: NodemailerMailOptions) => RecipientInput | undefined | Promise<RecipientInput | undefined>;
  /** Sees every report, also of sends that pass. */
  readonly onReport?: (report: Report, mail: NodemailerMailOptions) => void;
}

type Callback = (err?: Error | null) => void;

const resolveBodies = async (resolve: NodemailerMail['resolveContent'], data: NodemailerMailOptions): Promise<void> => {
  for (const key of ['html', 'text'] as const) {
    const v = data[key];
    // Streams, paths and URLs: let nodemailer read them (it also applies its own access policy);
    // the resolved value replaces a stream in mail.data, so the send still has its content.
    const needsResolving = typeof v === 'object' && v !== null && !(v instanceof Uint8Array) && !('content' in v);
    if (needsResolving && resolve) {
      const resolved = await resolve(data, key);
      if (typeof (v as { pipe?: unknown }).pipe !== 'function') data[key] = resolved;
    }
  }
};

const lookUp = async (hook: NonNullable<MailpolicyPluginOptions['recipient']>, data: NodemailerMailOptions): Promise<RecipientInput[]> => {
  const found: RecipientInput[] = [];
  for (const address of recipientAddresses(data.to, data.cc, data.bcc)) {
    const record = await hook(address, data);
    if (record !== undefined) found.push(record);
  }
  return found;
};

/**
 * A nodemailer plugin for the `compile` step: `transporter.use('compile', mailpolicyPlugin(policy))`.
 * It checks each mail's message (and the history, if given) and fails the send with a
 * PolicyRejectedError carrying the report when a violation reaches `failOn`.
 */
export const mailpolicyPlugin = (policy: Policy, options: MailpolicyPluginOptions = {}) => {
  const level = SeveritySchema.safeParse(options.failOn ?? DEFAULT_FAIL_ON);
  if (!level.success) throw new InputError(toInputIssues('options.failOn', level.error));
  const failOn = level.data;
  return (mail: NodemailerMail, callback: Callback): void => {
    const run = async (): Promise<void> => {
      const data = mail.data as NodemailerMailOptions;
      await resolveBodies(mail.resolveContent?.bind(mail), data);
      const message = fromNodemailer(data, { ...options.message, ...data.mailpolicy });
      const history = typeof options.history === 'function' ? options.history(data) : options.history;
      const recipients = options.recipient ? await lookUp(options.recipient, data) : undefined;
      const report = await policy.check({ message, ...(history ? { history } : {}), ...(recipients ? { recipients } : {}) });
      options.onReport?.(report, data);
      const breaking = report.violations.filter((v) => severityRank(v.severity) >= severityRank(failOn));
      if (breaking.length) throw new PolicyRejectedError(report, failOn, breaking);
    };
    run().then(() => callback(), (err: Error) => callback(err));
  };
};
