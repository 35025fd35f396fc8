import * as z from 'zod';
import { DateInputSchema, InputError, toInputIssues, type DateInput, type InputIssue } from '../model/index.js';

const DAY_MS = 86_400_000;
/** Six weeks (S8); the window's last day is the announcement day six weeks on (§ 188 (2) BGB). */
export const OBJECTION_DAYS = 42;

export interface VersionInput {
  readonly version: string;
  /** When the version was announced to the customer: a Date or an ISO-8601 date. */
  readonly announcedAt: DateInput;
}

export interface ObjectionWindow {
  /** The last day (UTC, YYYY-MM-DD) on which an objection is in time. */
  readonly lastDay: string;
  /** Whether the window is still open at `at`. */
  readonly open: boolean;
}

export type GoverningVersion<V> =
  | { readonly status: 'none'; readonly version: null }
  | {
      readonly status: 'in-force';
      readonly version: V;
      readonly objectionWindow: ObjectionWindow;
      /** An objection made after its window closed, or against an earlier version, changes nothing. */
      readonly objection: 'none' | 'late' | 'earlier-version' | 'after-at';
    }
  | {
      readonly status: 'objected';
      /** The version the customer objected to in time; it does not govern. */
      readonly objectedVersion: V;
      readonly objectionWindow: ObjectionWindow;
      /** The provider's choice (S8): the older version stands, or the contract ends. */
      readonly options: readonly [
        { readonly outcome: 'previous-version-stands'; readonly version: V | null },
        { readonly outcome: 'contract-ends' },
      ];
    };

const QuerySchema = z.object({ at: DateInputSchema, objectedAt: DateInputSchema.optional() });
const VersionSchema = z.object({ version: z.string().min(1), announcedAt: DateInputSchema });

const startOfUtcDay = (d: Date): number => Math.floor(d.getTime() / DAY_MS) * DAY_MS;
const windowOf = (announcedAt: Date, at: Date): ObjectionWindow => {
  const endExclusive = startOfUtcDay(announcedAt) + (OBJECTION_DAYS + 1) * DAY_MS;
  return { lastDay: new Date(endExclusive - DAY_MS).toISOString().slice(0, 10), open: at.getTime() < endExclusive };
};
const inWindow = (announcedAt: Date, when: Date): boolean =>
  when >= announcedAt && when.getTime() < startOfUtcDay(announcedAt) + (OBJECTION_DAYS + 1) * DAY_MS;

const validate = <V extends VersionInput>(versions: readonly V[], query: unknown) => {
  const issues: InputIssue[] = [];
  const q = QuerySchema.safeParse(query ?? {});
  if (!q.success) issues.push(...toInputIssues('query', q.error).map((i) => ({ ...i, path: i.path.replace(/^query\./, '') })));
  if (!Array.isArray(versions)) issues.push({ path: 'versions', message: 'expected an array of { version, announcedAt }' });
  const parsed: { v: V; at: Date }[] = [];
  (Array.isArray(versions) ? versions : []).forEach((v, i) => {
    const r = VersionSchema.safeParse(v);
    if (!r.success) return issues.push(...toInputIssues(`versions[${i}]`, r.error));
    const clash = parsed.findIndex((p) => p.v.version === r.data.version || p.at.getTime() === r.data.announcedAt.getTime());
    if (clash >= 0) {
      const field = parsed[clash]!.v.version === r.data.version ? 'version' : 'announcedAt';
      return issues.push({ path: `versions[${i}].${field}`, message: `same ${field} as versions[${clash}]: which one governs would be ambiguous` });
    }
    parsed.push({ v, at: r.data.announcedAt });
  });
  if (issues.length > 0 || !q.success) throw new InputError(issues);
  return { list: parsed.sort((a, b) => a.at.getTime() - b.at.getTime()), ...q.data };
};

/**
 * The policy version that governs at `at` (S8): a new version applies from its announcement
 * unless the customer objected within six weeks; then the provider chooses between the older
 * version standing and ending the contract, so both options are returned. Packs qualify as
 * versions (`version`, `announcedAt`). An objection counts from the moment it is made: one
 * dated after `at` is reported as 'after-at' and changes nothing yet.
 */
export const governingVersion = <V extends VersionInput>(
  versions: readonly V[],
  query: { readonly at: DateInput; readonly objectedAt?: DateInput },
): GoverningVersion<V> => {
  const { list, at, objectedAt } = validate(versions, query);
  let idx = -1;
  list.forEach((p, i) => { if (p.at <= at) idx = i; });
  if (idx < 0) return { status: 'none', version: null };
  const current = list[idx]!;
  const objectionWindow = windowOf(current.at, at);
  if (objectedAt === undefined) return { status: 'in-force', version: current.v, objectionWindow, objection: 'none' };
  if (objectedAt > at) return { status: 'in-force', version: current.v, objectionWindow, objection: 'after-at' };
  if (objectedAt < current.at) return { status: 'in-force', version: current.v, objectionWindow, objection: 'earlier-version' };
  if (!inWindow(current.at, objectedAt)) return { status: 'in-force', version: current.v, objectionWindow, objection: 'late' };
  return {
    status: 'objected',
    objectedVersion: current.v,
    objectionWindow,
    options: [{ outcome: 'previous-version-stands', version: list[idx - 1]?.v ?? null }, { outcome: 'contract-ends' }],
  };
};
