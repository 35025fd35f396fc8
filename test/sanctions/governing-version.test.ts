import { describe, expect, it } from 'vitest';
import { governingVersion, managedEmailServer } from '../../src/index.js';
import { inputErrorPaths } from '../helpers/input-issues.js';

const v1 = { version: '1.0.0', announcedAt: '2026-01-15' };
const v2 = { version: '2.0.0', announcedAt: '2026-06-01' };
const versions = [v2, v1]; // order of the input does not matter


describe('governingVersion (S8)', () => {
  it('a new version applies from its announcement; the objection window is open for six weeks', () => {
    expect(governingVersion(versions, { at: '2026-06-01' })).toEqual({
      status: 'in-force', version: v2, objection: 'none', objectionWindow: { lastDay: '2026-07-13', open: true },
    });
    expect(governingVersion(versions, { at: '2026-07-13T23:59:59Z' })).toMatchObject({ version: v2, objectionWindow: { open: true } });
    expect(governingVersion(versions, { at: '2026-07-14' })).toMatchObject({ version: v2, objectionWindow: { open: false } });
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
      objectionWindow: { lastDay: '2026-07-13', open: false },
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
