// The fixed wording of the notice to the customer (S5), German and English.
import type { Locale, Report, Severity } from '../model/index.js';

export interface NoticeText {
  readonly title: string;
  readonly intro: (checkedOn: string) => string;
  readonly verdict: Readonly<Record<Report['verdict'], string>>;
  readonly none: string;
  readonly breaches: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly rule: string;
  readonly finding: string;
  readonly evidence: string;
  readonly recipients: (n: number) => string;
  readonly more: (n: number) => string;
  readonly fix: string;
  readonly action: string;
  readonly noAction: string;
  readonly clausesReferred: string;
  readonly clause: string;
}

export const noticeText: Readonly<Record<Locale, NoticeText>> = {
  de: {
    title: 'Hinweis vor einem Eingriff: Richtlinien Managed Email Server',
    intro: (d) =>
      `Bei der Prüfung Ihres Versands am ${d} haben wir Verstöße gegen unsere Richtlinien festgestellt. Bevor wir eingreifen, nennen wir Ihnen die auslösenden Umstände (Richtlinie, S5).`,
    verdict: {
      send: 'Ergebnis: Der Versand kann erfolgen; die Hinweise unten sollten Sie dennoch prüfen.',
      fix: 'Ergebnis: Der Versand darf erst nach der Behebung der Verstöße erfolgen.',
      hold: 'Ergebnis: Der Versand wird angehalten.',
    },
    none: 'Bei der Prüfung wurden keine Verstöße festgestellt.',
    breaches: 'Festgestellte Verstöße',
    severity: { prohibited: 'verbotene Nutzung', undesired: 'unerwünschte Nutzung', advisory: 'Hinweis' },
    rule: 'Regel',
    finding: 'Befund',
    evidence: 'Nachweis',
    recipients: (n) => `Betroffene Empfänger (${n})`,
    more: (n) => `… und ${n} weitere`,
    fix: 'Was Sie ändern müssen',
    action: 'Beabsichtigte Maßnahmen',
    noAction: 'Wir beabsichtigen derzeit keinen Eingriff.',
    clausesReferred: 'Genannte Abschnitte der Richtlinie',
    clause: 'Abschnitt',
  },
  en: {
    title: 'Notice before intervention: Richtlinien Managed Email Server (acceptable-use policy)',
    intro: (d) =>
      `Checking your send on ${d} we found breaches of our acceptable-use policy. Before we intervene we name the circumstances that trigger it (policy, S5).`,
    verdict: {
      send: 'Result: the send may go out; please still review the hints below.',
      fix: 'Result: the send may go out only after the breaches are fixed.',
      hold: 'Result: the send is held.',
    },
    none: 'The check found no breach.',
    breaches: 'Breaches found',
    severity: { prohibited: 'prohibited use', undesired: 'undesired use', advisory: 'hint' },
    rule: 'Rule',
    finding: 'Finding',
    evidence: 'Evidence',
    recipients: (n) => `Recipients affected (${n})`,
    more: (n) => `… and ${n} more`,
    fix: 'What you must change',
    action: 'Intended action',
    noAction: 'We intend no intervention at present.',
    clausesReferred: 'Clauses of the policy referred to (German headings)',
    clause: 'Clause',
  },
};
