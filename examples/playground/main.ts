// The playground page: paste an .eml or an HTML body (and optionally a CSV of recipients), see the
// report, why each violation fired, and the notice the provider would send, in German or English.
// Everything runs in the browser: the core bundled by esbuild (npm run playground), no server.
import { parse as parseCsv } from 'csv-parse/browser/esm/sync';
import {
  createPolicy, formatExplanation, fromEml, InputError, PackError, renderNotice, sanctionLabel,
  type Locale, type MessageInput, type Purpose, type Report,
} from '../../src/index.js';

const ui = {
  de: {
    tagline: 'Prüft eine E-Mail gegen die Richtlinie, bevor sie rausgeht: alles läuft hier im Browser.',
    locale: 'Sprache', purpose: 'Zweck', senderDomain: 'Eigene Absender-Domain', message: '.eml oder HTML einfügen',
    from: 'Absender (für HTML)', subject: 'Betreff (für HTML)', recipients: 'Empfänger als CSV (optional, Kopfzeile mit address, consent.status …)',
    check: 'Prüfen', verdict: { send: 'Versenden', fix: 'Erst beheben', hold: 'Anhalten' }, verdictLabel: 'Urteil',
    action: 'Empfohlene Maßnahme', clean: 'Keine Verstöße gefunden.', why: 'Warum?', fix: 'Abhilfe', docs: 'Regel',
    count: (n: number) => `${new Intl.NumberFormat('de-DE').format(n)} ${new Intl.PluralRules('de-DE').select(n) === 'one' ? 'Verstoß' : 'Verstöße'}`,
    recipientsCount: (send: number, exclude: number, invalid: number) => `Empfänger: ${send} versenden, ${exclude} ausschließen, ${invalid} ungültig`,
    invalid: 'Ungültiger Empfänger-Datensatz', notice: 'Hinweis an den Kunden', badInput: 'Fehlerhafte Eingabe', empty: 'Bitte eine E-Mail (.eml) oder HTML einfügen.',
    severity: { prohibited: 'verboten', undesired: 'unerwünscht', advisory: 'Hinweis' },
  },
  en: {
    tagline: 'Checks an email against the policy before it goes out: everything runs here in the browser.',
    locale: 'Language', purpose: 'Purpose', senderDomain: 'Own sender domain', message: 'Paste an .eml or HTML',
    from: 'From (for HTML)', subject: 'Subject (for HTML)', recipients: 'Recipients as CSV (optional, header row with address, consent.status …)',
    check: 'Check', verdict: { send: 'Send', fix: 'Fix first', hold: 'Hold' }, verdictLabel: 'Verdict',
    action: 'Suggested action', clean: 'No violations found.', why: 'Why?', fix: 'Fix', docs: 'Rule',
    count: (n: number) => `${new Intl.NumberFormat('en-GB').format(n)} ${new Intl.PluralRules('en-GB').select(n) === 'one' ? 'problem' : 'problems'}`,
    recipientsCount: (send: number, exclude: number, invalid: number) => `Recipients: ${send} send, ${exclude} exclude, ${invalid} invalid`,
    invalid: 'Invalid recipient record', notice: 'Notice to the customer', badInput: 'Bad input', empty: 'Paste an email (.eml) or HTML first.',
    severity: { prohibited: 'prohibited', undesired: 'undesired', advisory: 'advisory' },
  },
} as const;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const el = (tag: string, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) (k === 'className' ? (e.className = v) : e.setAttribute(k, v));
  e.append(...children);
  return e;
};

const localeOf = (): Locale => ($<HTMLSelectElement>('locale').value === 'en' ? 'en' : 'de');

const label = (): void => {
  const t = ui[localeOf()];
  document.documentElement.lang = localeOf();
  $('tagline').textContent = t.tagline;
  for (const [id, text] of [['locale-label', t.locale], ['purpose-label', t.purpose], ['sender-domain-label', t.senderDomain], ['message-label', t.message],
    ['from-label', t.from], ['subject-label', t.subject], ['recipients-label', t.recipients], ['check', t.check]] as const) $(id).textContent = text;
};

/** A raw message (headers, a blank line, a body) is read as .eml; anything else as an HTML body. */
const looksLikeEml = (text: string): boolean => /^[\w-]+:[^\n]*\r?\n/.test(text) && /\r?\n\r?\n/.test(text);

const readMessage = async (text: string, purpose: Purpose): Promise<MessageInput> => {
  if (looksLikeEml(text)) return { ...(await fromEml(new TextEncoder().encode(text))), purpose };
  return { from: $<HTMLInputElement>('from').value || '"Shop" <news@shop.example>', subject: $<HTMLInputElement>('subject').value, html: text, purpose };
};

const numeric = /^-?\d+(\.\d+)?$/;
/** CSV rows as Recipient records: the header row names fields by their dotted path (consent.status). */
const readRecipients = (csv: string): Record<string, unknown>[] => {
  if (csv.trim() === '') return [];
  const firstLine = csv.split('\n', 1)[0] ?? '';
  const delimiter = [';', '\t', ','].reduce((best, c) => (firstLine.split(c).length > firstLine.split(best).length ? c : best), ',');
  const [header = [], ...rows] = parseCsv(csv, { delimiter, bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  return rows.map((row) => {
    const record: Record<string, unknown> = {};
    header.forEach((path, i) => {
      const cell = (row[i] ?? '').trim();
      if (cell === '') return;
      const keys = path.trim().split('.');
      let at = record;
      for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
      const value = cell === 'true' ? true : cell === 'false' ? false : numeric.test(cell) && keys.at(-1) !== 'address' ? Number(cell) : keys.at(-1) === 'topics' ? cell.split('|') : cell;
      at[keys.at(-1)!] = value;
    });
    return record;
  });
};

const show = (report: Report, policy: ReturnType<typeof createPolicy>, locale: Locale): void => {
  const t = ui[locale];
  const verdict = $('verdict');
  verdict.dataset.verdict = report.verdict;
  verdict.textContent = `${t.verdictLabel}: ${t.verdict[report.verdict]} · ${t.action}: ${sanctionLabel[locale][report.sanction.kind]}`;
  const n = (v: string) => report.recipients.filter((r) => r.verdict === v).length;
  $('summary').textContent = report.violations.length === 0 ? t.clean
    : `${t.count(report.violations.length)}${report.recipients.length ? ` · ${t.recipientsCount(n('send'), n('exclude'), n('invalid'))}` : ''}`;
  const list = $('violations');
  list.replaceChildren(...report.violations.map((v) => {
    const rule = policy.rules.find((r) => r.id === v.ruleId);
    return el('li', { 'data-rule-id': v.ruleId, 'data-severity': v.severity, ...(v.recipient ? { 'data-recipient': v.recipient } : {}) },
      el('span', { className: `sev sev-${v.severity}` }, t.severity[v.severity]),
      el('strong', {}, v.clause), ' ', el('span', { className: 'message' }, v.messages[locale]),
      ...(v.recipient ? [' ', el('em', {}, `(${v.recipient})`)] : []),
      el('div', { className: 'rule' }, `${t.docs}: `, rule?.rule.url ? el('a', { href: rule.rule.url, target: '_blank', rel: 'noopener' }, v.ruleId) : v.ruleId),
      ...(v.fix ? [el('p', { className: 'fix' }, `${t.fix}: ${v.fix[locale]}`)] : []),
      el('details', {}, el('summary', {}, t.why), el('pre', { className: 'explanation' }, formatExplanation(policy.explain(v), locale))),
    );
  }));
  $('invalid').replaceChildren(...report.recipients.filter((r) => r.verdict === 'invalid').flatMap((r) =>
    (r.issues ?? []).map((i) => el('li', { 'data-index': String(r.index) }, `${t.invalid} ${r.index + 1}: ${i.path}: ${i.message}`))));
  const notice = $('notice');
  const heading = $('notice-heading');
  heading.textContent = t.notice;
  notice.textContent = renderNotice(report, { locale });
  notice.hidden = heading.hidden = report.violations.length === 0;
};

const fail = (message: string): void => {
  $('error').textContent = message;
  $('verdict').textContent = '';
  $('verdict').dataset.verdict = '';
  $('summary').textContent = '';
  $('violations').replaceChildren();
  $('invalid').replaceChildren();
  $('notice').hidden = $('notice-heading').hidden = true;
};

const check = async (): Promise<void> => {
  const locale = localeOf();
  $('error').textContent = '';
  document.body.dataset.state = 'checking';
  try {
    const text = $<HTMLTextAreaElement>('message').value;
    if (text.trim() === '') return fail(ui[locale].empty);
    const purpose = $<HTMLSelectElement>('purpose').value as Purpose;
    const domain = $<HTMLInputElement>('sender-domain').value.trim();
    const policy = createPolicy({ locale, ...(domain ? { account: { senderDomains: domain.split(/[\s,]+/) } } : {}) });
    const message = await readMessage(text, purpose);
    const report = await policy.check({ message, recipients: readRecipients($<HTMLTextAreaElement>('recipients').value) as never });
    show(report, policy, locale);
  } catch (e) {
    if (e instanceof InputError || e instanceof PackError) fail(`${ui[locale].badInput}:\n${e.issues.map((i) => `${'path' in i ? i.path : i.pointer}: ${i.message}`).join('\n')}`);
    else fail(String(e));
  } finally {
    document.body.dataset.state = 'done';
  }
};

$('check').addEventListener('click', () => void check());
$('locale').addEventListener('change', () => {
  label();
  if ($('verdict').dataset.verdict) void check();
});
label();
