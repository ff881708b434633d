import { describe, expect, it } from 'vitest';
import { brusselsDateTime, parseEntryId } from '../../src/content/contract.ts';
import { brusselsWallTime, isoDay } from '../../src/i18n/dates.ts';
import { remembered } from '../../src/remembered.ts';
import { isPublished, toEntryRef } from '../../src/content/model.ts';
import { brusselsMonth } from '../../src/content/selectors.ts';
import { formatDate, formatMonth, formatShortDate } from '../../src/i18n/index.ts';

describe('entry identity', () => {
  it('reads translation key and language from the entry id', () => {
    expect(parseEntryId('mental-health/fr')).toEqual({ key: 'mental-health', lang: 'fr' });
    expect(parseEntryId('north/prevention/2024-1/nl')).toEqual({ key: 'north/prevention/2024-1', lang: 'nl' });
    expect(parseEntryId('2025-10-breast-cancer/zones/south/fr')).toEqual({
      key: '2025-10-breast-cancer/zones/south',
      lang: 'fr',
    });
  });

  it('uses the slug field when given, else the folder name', () => {
    expect(toEntryRef('focus', 'palliative-care/fr', { slug: 'soins-palliatifs' }).slug).toBe('soins-palliatifs');
    expect(toEntryRef('zinnekeArticles', '01/territorialisation/nl', {}).slug).toBe('territorialisation');
  });
});

describe('Brussels time', () => {
  it('turns wall-clock time into the right instant in winter and summer', () => {
    expect(brusselsWallTime(2025, 1, 15, 9, 0).toISOString()).toBe('2025-01-15T08:00:00.000Z');
    expect(brusselsWallTime(2025, 7, 15, 9, 0).toISOString()).toBe('2025-07-15T07:00:00.000Z');
  });

  it('reads publishAt as Brussels time whether YAML made it a Date or a string', () => {
    expect(brusselsDateTime.parse('2025-03-01 09:00').toISOString()).toBe('2025-03-01T08:00:00.000Z');
    expect(brusselsDateTime.parse(new Date('2025-03-01T09:00:00Z')).toISOString()).toBe('2025-03-01T08:00:00.000Z');
  });

  it('decides the current month in Brussels, not UTC', () => {
    expect(brusselsMonth(new Date('2025-09-30T22:30:00Z'))).toBe('2025-10');
  });
});

describe('publication state', () => {
  const now = new Date('2025-06-01T12:00:00Z');
  it('hides drafts, scheduled and expired entries from production only', () => {
    expect(isPublished({}, now, false)).toBe(true);
    expect(isPublished({ draft: true }, now, false)).toBe(false);
    expect(isPublished({ publishAt: new Date('2025-06-02T00:00:00Z') }, now, false)).toBe(false);
    expect(isPublished({ publishAt: new Date('2025-05-31T00:00:00Z') }, now, false)).toBe(true);
    expect(isPublished({ unpublishAt: new Date('2025-06-01T12:00:00Z') }, now, false)).toBe(false);
    expect(isPublished({ draft: true }, now, true)).toBe(true);
  });
});

describe('dates as readers see them', () => {
  // 23:30 UTC on 13 March is already 14 March in Brussels.
  const lateEvening = new Date('2025-03-13T23:30:00Z');
  it('formats long and short dates in French and Dutch, in Brussels time', () => {
    expect(formatDate(lateEvening, 'fr')).toBe('14 mars 2025');
    expect(formatDate(lateEvening, 'nl')).toBe('14 maart 2025');
    expect(formatShortDate(new Date('2024-11-14T10:00:00Z'), 'fr')).toBe('14 nov. 2024');
    expect(formatShortDate(new Date('2024-11-14T10:00:00Z'), 'nl')).toBe('14 nov 2024');
    expect(formatMonth('2025-10', 'nl')).toBe('oktober 2025');
  });

  it('stay right when asked again, for the same day in the other language and another day (formatted once each)', () => {
    const sameDay = new Date(lateEvening.getTime());
    expect([formatDate(sameDay, 'fr'), formatDate(sameDay, 'nl'), formatShortDate(sameDay, 'fr')]).toEqual([
      '14 mars 2025',
      '14 maart 2025',
      '14 mars 2025',
    ]);
    expect(formatDate(new Date('2025-03-14T23:30:00Z'), 'fr')).toBe('15 mars 2025');
    expect(isoDay(sameDay)).toBe('2025-03-14');
    expect(isoDay(new Date('2025-03-14T22:59:00Z'))).toBe('2025-03-14');
    expect([formatMonth('2025-10', 'fr'), formatMonth('2025-10', 'nl'), formatMonth('2025-11', 'fr')]).toEqual([
      'octobre 2025',
      'oktober 2025',
      'novembre 2025',
    ]);
  });

  it('are made once per key', () => {
    const made = new Map<string, string>();
    let calls = 0;
    const make = () => `text ${++calls}`;
    expect([remembered(made, 'a', make), remembered(made, 'a', make), remembered(made, 'b', make)]).toEqual([
      'text 1',
      'text 1',
      'text 2',
    ]);
  });
});
