import { describe, expect, it } from 'vitest';
import { governingVersion, managedEmailServer } from '../../src/index.js';
import { inputErrorPaths } from '../helpers/input-issues.js';

const v1 = { version: '1.0.0', announcedAt: '2026-01-15' };
const v2 = { version: '2.0.0', announcedAt: '2026-06-01' };
const versions = [v2, v1]; // order of the input does not matter


describe('governingVersion (S8)', () => {
  it('a new version applies from its announcement; the objection window is open for six weeks', () => {
    expect(governingVersion(versions, { at: '2026-06-01' })).toEqual({
      status: 'in-force', version: v2, objection: 'none', objectionWindow: { lastDay: '2026-07-13', sixWeeksDay: '2026-07-13', open: true },
    });
    expect(governingVersion(versions, { at: '2026-07-13T23:59:59+02:00' })).toMatchObject({ version: v2, objectionWindow: { open: true } });
    expect(governingVersion(versions, { at: '2026-07-14' })).toMatchObject({ version: v2, objectionWindow: { open: false } });
  });

  it('§ 193 BGB: a window ending on a Sunday ends on the Monday after (issue 22 item 9)', () => {
    const nov = { version: '3.0.0', announcedAt: '2026-11-01' };
    expect(governingVersion([nov], { at: '2026-12-20' })).toMatchObject({ objectionWindow: { sixWeeksDay: '2026-12-13', lastDay: '2026-12-14' } });
    expect(governingVersion([nov], { at: '2026-12-20', objectedAt: '2026-12-14T16:00:00+01:00' })).toMatchObject({ status: 'objected' });
    expect(governingVersion([nov], { at: '2026-12-20', objectedAt: '2026-12-15T09:00:00+01:00' })).toMatchObject({ status: 'in-force', objection: 'late' });
  });

  it('§ 193 BGB: nationwide holidays and Saturdays move the last day on; state holidays on request', () => {
    // 25 Dec 2026 is a Friday (1. Weihnachtstag), then Saturday and Sunday: Monday 28 Dec.
    expect(governingVersion([{ version: 'a', announcedAt: '2026-11-13' }], { at: '2026-11-20' })).toMatchObject({ objectionWindow: { sixWeeksDay: '2026-12-25', lastDay: '2026-12-28' } });
    // Christi Himmelfahrt 2026 is Thursday 14 May.
    expect(governingVersion([{ version: 'a', announcedAt: '2026-04-02' }], { at: '2026-04-10' })).toMatchObject({ objectionWindow: { sixWeeksDay: '2026-05-14', lastDay: '2026-05-15' } });
    // Fronleichnam (4 June 2026) is no nationwide holiday; a caller in Bavaria names it.
    const corpusChristi = { version: 'a', announcedAt: '2026-04-23' };
    expect(governingVersion([corpusChristi], { at: '2026-05-01' })).toMatchObject({ objectionWindow: { lastDay: '2026-06-04' } });
    expect(governingVersion([corpusChristi], { at: '2026-05-01', holidays: ['2026-06-04'] })).toMatchObject({ objectionWindow: { lastDay: '2026-06-05' } });
  });

  it('counts Berlin days by default; the time zone is an option', () => {
    // Announced 23:30 UTC on 31 May = 1 June in Berlin: six weeks on is Monday 13 July.
    const late = { version: 'b', announcedAt: '2026-05-31T23:30:00Z' };
    expect(governingVersion([late], { at: '2026-06-02' })).toMatchObject({ objectionWindow: { lastDay: '2026-07-13' } });
    expect(governingVersion([late], { at: '2026-06-02', timeZone: 'UTC' })).toMatchObject({ objectionWindow: { lastDay: '2026-07-13', sixWeeksDay: '2026-07-12' } });
  });

  it('the day before the announcement the old version governs', () => {
    expect(governingVersion(versions, { at: '2026-05-31' })).toMatchObject({ status: 'in-force', version: v1 });
  });

  it('nothing governs before the first announcement', () => {
    expect(governingVersion(versions, { at: '2025-12-31' })).toEqual({ status: 'none', version: null });
  });

  it('an objection within six weeks leaves the provider two options', () => {
    expect(governingVersion(versions, { at: '2026-08-01', objectedAt: '2026-07-13T18:00:00Z' })).toEqual({
      status: 'objected',
      objectedVersion: v2,
      objectionWindow: { lastDay: '2026-07-13', sixWeeksDay: '2026-07-13', open: false },
      options: [{ outcome: 'previous-version-stands', version: v1 }, { outcome: 'contract-ends' }],
    });
  });

  it('an objection to the first version ever leaves no older version to fall back to', () => {
    expect(governingVersion([v1], { at: '2026-02-01', objectedAt: '2026-01-20' })).toMatchObject({
      status: 'objected', options: [{ outcome: 'previous-version-stands', version: null }, { outcome: 'contract-ends' }],
    });
  });

  it('a late objection, one before the announcement, and one after `at` change nothing', () => {
    expect(governingVersion(versions, { at: '2026-08-01', objectedAt: '2026-07-14' })).toMatchObject({ status: 'in-force', version: v2, objection: 'late' });
    expect(governingVersion(versions, { at: '2026-08-01', objectedAt: '2026-05-20' })).toMatchObject({ status: 'in-force', version: v2, objection: 'earlier-version' });
    expect(governingVersion(versions, { at: '2026-06-10', objectedAt: '2026-06-20' })).toMatchObject({ status: 'in-force', version: v2, objection: 'after-at' });
  });

  it('accepts packs as versions', () => {
    expect(governingVersion([managedEmailServer], { at: '2026-12-01' })).toMatchObject({ status: 'in-force', version: managedEmailServer });
  });

  it('names every bad field in one InputError', () => {
    expect(
      inputErrorPaths(() => governingVersion([{ version: '', announcedAt: 'soon' }, v1, { version: '1.0.0', announcedAt: '2026-03-01' }], { at: 'tomorrow', objectedAt: 5 as never })),
    ).toEqual(['at', 'objectedAt', 'versions[0].version', 'versions[0].announcedAt', 'versions[2].version']);
    expect(inputErrorPaths(() => governingVersion(null as never, { at: '2026-01-01' }))).toEqual(['versions']);
    expect(inputErrorPaths(() => governingVersion([v1, { version: '1.1.0', announcedAt: '2026-01-15' }], { at: '2026-01-01' }))).toEqual(['versions[1].announcedAt']);
  });
});
