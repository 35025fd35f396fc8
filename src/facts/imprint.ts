import type { BodyFacts } from './body.js';
import { fold } from './unsubscribe.js';

export interface ImprintFacts {
  readonly present: boolean;
  readonly via: 'link' | 'text' | null;
  /** The imprint link's href, when found by link. */
  readonly link: string | null;
  /** What made the text count as an imprint (legal form, register entry, VAT id …). */
  readonly signals: readonly string[];
}

const LINK_WORDS = ['impressum', 'imprint', 'legal notice', 'mentions legales', 'aviso legal', 'colofon', 'note legali', 'nota legal', 'informacje prawne'];
const LEGAL_FORMS = [' gmbh', ' ag', ' ug (haftungsbeschrankt)', ' e.k.', ' kg', ' ltd', ' inc', ' sarl', ' b.v.', ' gbr', ' e.v.', ' llc', ' s.l.', ' s.r.l.', ' s.a.'];
const DETAILS = ['hrb', 'hra', 'amtsgericht', 'registergericht', 'ust-id', 'ust.-id', 'umsatzsteuer', 'vat', 'geschaftsfuhrer', 'geschaftsfuhrung', 'managing director', 'handelsregister'];

export const analyzeImprint = (body: BodyFacts): ImprintFacts => {
  for (const a of body.anchors) {
    const f = fold(`${a.text} ${a.title} ${a.href}`);
    if (LINK_WORDS.some((w) => f.includes(w))) return { present: true, via: 'link', link: a.href, signals: [] };
  }
  const text = ` ${fold(body.visibleText).replace(/\s+/g, ' ')} `;
  const forms = LEGAL_FORMS.filter((w) => text.includes(`${w} `) || text.includes(`${w},`) || text.includes(`${w}.`));
  const details = DETAILS.filter((w) => text.includes(w));
  const signals = [...forms.map((s) => s.trim()), ...details];
  const present = forms.length > 0 && details.length > 0;
  return { present, via: present ? 'text' : null, link: null, signals };
};
