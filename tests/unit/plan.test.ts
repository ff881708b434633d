import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/content/contract.ts';
import { toEntryRef, type EntryRef } from '../../src/content/model.ts';
import { planPages, type ContentIndex } from '../../src/routing/plan.ts';
import { siteEditions } from '../../src/sites/registry.ts';

function content(entries: Partial<Record<CollectionName, Array<[string, Record<string, unknown>]>>>): ContentIndex {
  const names: CollectionName[] = [
    'focus',
    'prevention',
    'initiatives',
    'consultations',
    'zinnekeIssues',
    'zinnekeArticles',
    'pages',
  ];
  return Object.fromEntries(
    names.map((c) => [c, (entries[c] ?? []).map(([id, data]): EntryRef => toEntryRef(c, id, data))]),
  ) as unknown as ContentIndex;
}

describe('page plan', () => {
  const plan = planPages(
    content({
      focus: [
        ['mental-health/fr', { slug: 'sante-mentale' }],
        ['mental-health/nl', { slug: 'geestelijke-gezondheid' }],
        ['diabetes/fr', { slug: 'diabete' }],
      ],
      consultations: [['south/prevention/2024-1/nl', {}]],
      pages: [
        ['all/legal/fr', { slug: 'mentions-legales' }],
        ['north/about/fr', { slug: 'a-propos' }],
      ],
    }),
    siteEditions,
    new Date('2025-10-15T10:00:00Z'),
  );
  const at = (host: string, path: string) => plan.find((p) => p.host === host && p.path === path);

  it('pairs translations by folder across translated slugs', () => {
    expect(at('brusano.brussels', '/publications/focus/sante-mentale/')?.counterpart).toEqual({
      host: 'brusano.brussels',
      path: '/nl/publicaties/focus/geestelijke-gezondheid/',
    });
    expect(at('brusano.brussels', '/publications/focus/diabete/')?.counterpart).toBeNull();
  });

  it('shows Focus only on the region, a synthesis only on its zone, site pages where they are scoped', () => {
    expect(plan.filter((p) => p.entry?.key === 'mental-health').map((p) => p.host)).toEqual([
      'brusano.brussels',
      'brusano.brussels',
    ]);
    expect(plan.filter((p) => p.entry?.collection === 'consultations').map((p) => p.host + p.path)).toEqual([
      'zorgzone-zuid.brussels/thematisch-overleg/preventie/2024-1/',
    ]);
    expect(plan.filter((p) => p.entry?.key === 'all/legal')).toHaveLength(6);
    expect(plan.filter((p) => p.entry?.key === 'north/about').map((p) => p.host)).toEqual(['bassin-nord.brussels']);
  });

  it('gives a zone a theme page only for themes it met on, in both languages', () => {
    expect(at('bassin-sud.brussels', '/concertations-thematiques/prevention/')?.counterpart?.path).toBe(
      '/thematisch-overleg/preventie/',
    );
    expect(at('bassin-nord.brussels', '/concertations-thematiques/prevention/')).toBeUndefined();
  });

  it('has a home and a 404 on every edition, and no two pages at one URL', () => {
    for (const e of siteEditions) {
      expect(at(e.host, e.basePath)?.ref.kind).toBe('home');
      expect(at(e.host, `${e.basePath}404.html`)?.indexable).toBe(false);
    }
    const urls = plan.map((p) => p.host + p.path);
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe('last modification of entry pages', () => {
  const commits: Record<string, string> = {
    'zinnekeArticles|01/tools/fr': '2025-06-02T09:30:00Z',
    'prevention|2025-03-colorectal/fr': '2025-02-20T23:30:00Z',
    'focus|diabetes/fr': '2024-01-01T00:00:00Z',
  };
  const plan = planPages(
    content({
      focus: [['diabetes/fr', { slug: 'diabete', updated: new Date('2025-04-22T00:00:00Z') }]],
      consultations: [['south/prevention/2024-1/fr', { date: new Date('2024-05-14T00:00:00Z') }]],
      prevention: [['2025-03-colorectal/fr', { month: '2025-03' }]],
      zinnekeIssues: [['01/fr', { slug: '01' }]],
      zinnekeArticles: [['01/tools/fr', {}]],
      pages: [['all/legal/fr', { slug: 'mentions-legales' }]],
    }),
    siteEditions,
    new Date('2025-10-15T10:00:00Z'),
    (entry) =>
      commits[`${entry.collection}|${entry.id}`] ? new Date(commits[`${entry.collection}|${entry.id}`]!) : undefined,
  );
  const of = (collection: string, key: string) =>
    plan.filter((p) => p.entry?.collection === collection && p.entry.key === key).map((p) => p.lastModified);

  it("takes the entry's updated field, over its last commit", () => {
    expect(of('focus', 'diabetes')).toEqual(['2025-04-22']);
  });
  it("takes a synthesis's meeting date", () => {
    expect(of('consultations', 'south/prevention/2024-1')).toEqual(['2024-05-14']);
  });
  it('else the last commit, as a day in Brussels, on every site showing the entry', () => {
    expect(of('zinnekeArticles', '01/tools')).toEqual(['2025-06-02']);
    // 23:30 UTC on 20 February is the 21st in Brussels.
    expect(new Set(of('prevention', '2025-03-colorectal'))).toEqual(new Set(['2025-02-21']));
    expect(of('prevention', '2025-03-colorectal').length).toBe(6);
  });
  it('and nothing when neither is known; list pages carry none', () => {
    expect(of('pages', 'all/legal').every((d) => d === undefined)).toBe(true);
    expect(plan.filter((p) => !p.entry).every((p) => p.lastModified === undefined)).toBe(true);
  });
});
