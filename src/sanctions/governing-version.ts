import * as z from 'zod';
import { DateInputSchema, InputError, toInputIssues, type DateInput, type InputIssue } from '../model/index.js';
import { calendarZone, DEFAULT_TIME_ZONE, isTimeZone, localDay, type CalendarZone } from '../facts/index.js';
import { nextWorkingDay } from './german-holidays.js';

const DAY_MS = 86_400_000;
/** Six weeks (S8); the window's last day is the announcement day six weeks on (§ 188 (2) BGB). */
export const OBJECTION_DAYS = 42;

export interface VersionInput {
  readonly version: string;
  /** When the version was announced to the customer: a Date or an ISO-8601 date. */
  readonly announcedAt: DateInput;
}

export interface ObjectionWindow {
  /**
   * The last day (YYYY-MM-DD, a calendar day in the query's time zone, default Europe/Berlin) on
   * which an objection is in time: six weeks after the announcement (§ 188 (2) BGB), moved to the
   * next working day when that is a Saturday, Sunday or public holiday (§ 193 BGB).
   */
  readonly lastDay: string;
  /** The day six weeks on, before § 193 BGB moved it (equal to `lastDay` on a working day). */
  readonly sixWeeksDay: string;
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

const QuerySchema = z.object({
  at: DateInputSchema,
  objectedAt: DateInputSchema.optional(),
  timeZone: z.string().refine(isTimeZone, { error: 'expected an IANA time zone name that Intl knows, e.g. Europe/Berlin' }).optional(),
  /** Public holidays of the customer's state besides the nationwide ones (§ 193 BGB), as dates. */
  holidays: z.array(DateInputSchema).optional(),
});
const VersionSchema = z.object({ version: z.string().min(1), announcedAt: DateInputSchema });

const dayString = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

interface WindowRule {
  readonly zone: CalendarZone;
  readonly holidays: ReadonlySet<number>;
}

/** The last day (a day number in the zone) on which an objection to a version announced at `announcedAt` is in time. */
const lastDayOf = (announcedAt: Date, rule: WindowRule): { sixWeeks: number; last: number } => {
  const sixWeeks = localDay(rule.zone, announcedAt.getTime()) + OBJECTION_DAYS;
  return { sixWeeks, last: nextWorkingDay(sixWeeks, rule.holidays) };
};
const windowOf = (announcedAt: Date, at: Date, rule: WindowRule): ObjectionWindow => {
  const { sixWeeks, last } = lastDayOf(announcedAt, rule);
  return { lastDay: dayString(last), sixWeeksDay: dayString(sixWeeks), open: localDay(rule.zone, at.getTime()) <= last };
};
const inWindow = (announcedAt: Date, when: Date, rule: WindowRule): boolean =>
  when >= announcedAt && localDay(rule.zone, when.getTime()) <= lastDayOf(announcedAt, rule).last;

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
  query: {
    readonly at: DateInput;
    readonly objectedAt?: DateInput;
    /** The time zone whose calendar days the window counts in (default Europe/Berlin). */
    readonly timeZone?: string;
    /** Holidays of the customer's state besides the nationwide ones, moving the last day on (§ 193 BGB). */
    readonly holidays?: readonly DateInput[];
  },
): GoverningVersion<V> => {
  const { list, at, objectedAt, timeZone, holidays } = validate(versions, query);
  const zone = calendarZone(timeZone ?? DEFAULT_TIME_ZONE);
  const rule: WindowRule = { zone, holidays: new Set((holidays ?? []).map((h) => localDay(zone, h.getTime()))) };
  let idx = -1;
  list.forEach((p, i) => { if (p.at <= at) idx = i; });
  if (idx < 0) return { status: 'none', version: null };
  const current = list[idx]!;
  const objectionWindow = windowOf(current.at, at, rule);
  if (objectedAt === undefined) return { status: 'in-force', version: current.v, objectionWindow, objection: 'none' };
  if (objectedAt > at) return { status: 'in-force', version: current.v, objectionWindow, objection: 'after-at' };
  if (objectedAt < current.at) return { status: 'in-force', version: current.v, objectionWindow, objection: 'earlier-version' };
  if (!inWindow(current.at, objectedAt, rule)) return { status: 'in-force', version: current.v, objectionWindow, objection: 'late' };
  return {
    status: 'objected',
    objectedVersion: current.v,
    objectionWindow,
    options: [{ outcome: 'previous-version-stands', version: list[idx - 1]?.v ?? null }, { outcome: 'contract-ends' }],
  };
};
