import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/content/contract.ts';
import { toEntryRef } from '../../src/content/model.ts';
import {
  calendarOpeningYear,
  calendarRows,
  calendarYears,
  groupFocusByTheme,
  latestThemeUpTo,
  relatedToFocus,
  themeOfMonth,
} from '../../src/content/selectors.ts';
import { sectionIndexes, sectionOf } from '../../src/routing/navigation.ts';

const entry = <D extends object>(collection: CollectionName, key: string, data: D) =>
  toEntryRef(collection, `${key}/fr`, data);

describe('what a Focus lists as related', () => {
  const prevention = [
    entry('prevention', '2024-11-type-2-diabetes', { month: '2024-11', theme: 'diabetes' }),
    entry('prevention', '2025-07-hydration', { month: '2025-07', theme: 'healthy-living' }),
    entry('prevention', '2025-11-diabetes', { month: '2025-11', theme: 'diabetes' }),
    entry('prevention', '2025-05-smoking', { month: '2025-05', theme: 'addictions' }),
  ];
  const articles = [
    entry('zinnekeArticles', '01/territorialisation', {}),
    entry('zinnekeArticles', '02/situation-grid', { theme: 'diabetes' }),
  ];

  it('takes the themes and articles of its theme, themes newest first', () => {
    const related = relatedToFocus({ theme: 'diabetes' }, prevention, articles);
    expect(related.prevention.map((p) => p.key)).toEqual(['2025-11-diabetes', '2024-11-type-2-diabetes']);
    expect(related.articles.map((a) => a.key)).toEqual(['02/situation-grid']);
  });

  it('adds those its related field names, of any theme', () => {
    const related = relatedToFocus(
      { theme: 'home-help', related: ['prevention:2025-07-hydration', 'zinneke:01/territorialisation'] },
      prevention,
      articles,
    );
    expect(related.prevention.map((p) => p.key)).toEqual(['2025-07-hydration']);
    expect(related.articles.map((a) => a.key)).toEqual(['01/territorialisation']);
  });
});

describe('the Focus index', () => {
  it('groups brochures by theme, themes in label order, newest edition first', () => {
    const focus = [
      entry('focus', 'diabetes-2024', { theme: 'diabetes', edition: 2024, title: 'Diabète' }),
      entry('focus', 'palliative', { theme: 'palliative-care', edition: 2025, title: 'Soins palliatifs' }),
      entry('focus', 'diabetes-2025', { theme: 'diabetes', edition: 2025, title: 'Diabète' }),
    ];
    const labels: Record<string, string> = { diabetes: 'Diabète', 'palliative-care': 'Soins palliatifs' };
    const groups = groupFocusByTheme(focus, (key) => labels[key]!, 'fr');
    expect(groups.map((g) => g.label)).toEqual(['Diabète', 'Soins palliatifs']);
    expect(groups[0]!.items.map((f) => f.key)).toEqual(['diabetes-2025', 'diabetes-2024']);
  });
});

describe('the prevention calendar and the theme of the month', () => {
  const themes = ['2024-10', '2024-11', '2025-01', '2025-02', '2025-12'].map((month) =>
    entry('prevention', `${month}-theme`, { month }),
  );

  it('shows months with a theme one by one and runs of months without one as a single line', () => {
    const rows = calendarRows(themes, 2025, '2025-06');
    expect(
      rows.map((r) => (r.kind === 'theme' ? r.month : `${r.from}..${r.to}${r.upcoming ? ' upcoming' : ''}`)),
    ).toEqual(['2025-01', '2025-02', '2025-03..2025-05', '2025-06..2025-11 upcoming', '2025-12']);
    expect(rows.find((r) => r.kind === 'gap' && r.upcoming)).toMatchObject({ count: 6 });
  });

  it('marks the current month when it has a theme', () => {
    const rows = calendarRows(themes, 2024, '2024-11');
    expect(rows.filter((r) => r.kind === 'theme' && r.current).map((r) => r.kind === 'theme' && r.month)).toEqual([
      '2024-11',
    ]);
    expect(rows[0]).toMatchObject({ kind: 'gap', from: '2024-01', to: '2024-09', upcoming: false });
  });

  it('lists the years with themes and the current one, once each, ascending', () => {
    expect(calendarYears(themes, '2026-03')).toEqual([2024, 2025, 2026]);
    expect(calendarYears(themes, '2025-03')).toEqual([2024, 2025]);
    // The list a page gets is its own: changing it changes nothing for the next page.
    calendarYears(themes, '2025-03').push(1999);
    expect(calendarYears(themes, '2023-01')).toEqual([2023, 2024, 2025]);
  });

  it('finds the theme of a month, the first one when two share it', () => {
    const twice = [...themes, entry('prevention', '2025-02-second', { month: '2025-02' })];
    expect(themeOfMonth(twice, '2025-02')?.key).toBe('2025-02-theme');
    expect(themeOfMonth(twice, '2025-03')).toBeUndefined();
    expect(themeOfMonth([...twice].reverse(), '2025-02')?.key).toBe('2025-02-second');
  });

  it('opens on the latest year with themes, never on a later empty one', () => {
    expect(calendarOpeningYear(themes, '2026-11')).toBe(2025);
    expect(calendarOpeningYear(themes, '2025-03')).toBe(2025);
    expect(calendarOpeningYear(themes, '2023-05')).toBe(2024);
    expect(calendarOpeningYear([], '2026-11')).toBe(2026);
  });

  it('finds the most recent theme up to a month', () => {
    expect(latestThemeUpTo(themes, '2026-11')?.data.month).toBe('2025-12');
    expect(latestThemeUpTo(themes, '2025-06')?.data.month).toBe('2025-02');
    expect(latestThemeUpTo(themes, '2024-09')).toBeUndefined();
  });
});

describe('sections, for the untranslated notice', () => {
  it('maps every collection with a list page to it, and site pages to none', () => {
    expect(sectionOf('focus')).toBe('focus');
    expect(sectionOf('zinnekeArticles')).toBe('zinneke');
    expect(sectionOf('consultations')).toBe('consultations');
    expect(sectionOf('pages')).toBeNull();
    expect(sectionIndexes[sectionOf('prevention')!]).toEqual({ kind: 'preventionIndex' });
  });
});
