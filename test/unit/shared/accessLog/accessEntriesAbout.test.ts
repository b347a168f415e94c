import { describe, expect, it } from 'vitest';
import {
  accessEntriesAbout,
  accessLogRetentionMs,
  chunksOf,
  isPastAccessLogRetention,
  isRepeatView,
  repeatViewWindowMs,
} from '../../../../shared/accessLog/accessEntriesAbout';

const entry = (id: string, at: number, personId: string, personIds: string[] = []) => ({
  id,
  at,
  personId,
  personIds,
});

describe('access log', () => {
  it('finds single-person and bulk entries about a person, newest first', () => {
    const entries = [
      entry('view-old', 100, 'p1'),
      entry('export', 300, '', ['p2', 'p1', 'p3']),
      entry('other', 400, 'p2'),
      entry('import', 200, '', ['p3']),
      entry('view-new', 500, 'p1'),
    ];
    expect(accessEntriesAbout('p1', entries).map((item) => item.id)).toEqual([
      'view-new',
      'export',
      'view-old',
    ]);
    expect(accessEntriesAbout('p9', entries)).toEqual([]);
  });

  it('counts a reopening within the window as the same viewing', () => {
    expect(isRepeatView(undefined, 1_000)).toBe(false);
    expect(isRepeatView(1_000, 1_000 + repeatViewWindowMs - 1)).toBe(true);
    expect(isRepeatView(1_000, 1_000 + repeatViewWindowMs)).toBe(false);
  });

  it('splits a bulk access into chunks without losing anyone', () => {
    const ids = Array.from({ length: 4_500 }, (_, index) => `p${index}`);
    const chunks = chunksOf(ids, 2_000);
    expect(chunks.map((chunk) => chunk.length)).toEqual([2_000, 2_000, 500]);
    expect(chunks.flat()).toEqual(ids);
    expect(chunksOf([], 2_000)).toEqual([]);
  });

  it('keeps entries for two years', () => {
    const now = Date.UTC(2026, 10, 22);
    expect(isPastAccessLogRetention({ at: now - accessLogRetentionMs }, now)).toBe(false);
    expect(isPastAccessLogRetention({ at: now - accessLogRetentionMs - 1 }, now)).toBe(true);
  });
});
