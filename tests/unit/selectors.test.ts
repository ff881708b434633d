import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/content/contract.ts';
import { toEntryRef } from '../../src/content/model.ts';
import { groupFocusByTheme, relatedToFocus } from '../../src/content/selectors.ts';

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
