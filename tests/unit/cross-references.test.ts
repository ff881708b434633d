import { describe, expect, it } from 'vitest';
import { mayHoldReferences, referenceResolver, rewriteReferences } from '../../src/pipeline/cross-references.ts';
import { findReferences, parseReference } from '../../src/content/cross-references.ts';
import { toEntryRef } from '../../src/content/model.ts';
import { planPages } from '../../src/routing/plan.ts';
import { contentIndex } from '../support/content-index.ts';
import { siteEditions } from '../../src/sites/registry.ts';

const content = contentIndex({
  focus: [
    toEntryRef('focus', 'mental-health/fr', { slug: 'sante-mentale' }),
    toEntryRef('focus', 'mental-health/nl', { slug: 'geestelijke-gezondheid' }),
  ],
  consultations: [toEntryRef('consultations', 'south/prevention/2024-1/fr', {})],
  prevention: [toEntryRef('prevention', '2025-03-colorectal-cancer/nl', { slug: 'darmkanker', month: '2025-03' })],
});
const plan = planPages(content, siteEditions, new Date('2025-10-15T10:00:00Z'));
const resolve = referenceResolver(plan);
const pageAt = (host: string, path: string) => plan.find((p) => p.host === host && p.path === path)!;

describe('cross-references', () => {
  it('parses the schemes authors write', () => {
    expect(parseReference('focus:mental-health')).toEqual({ collection: 'focus', key: 'mental-health', fragment: '' });
    expect(parseReference('zinneke:01/territorialisation#maps')).toMatchObject({
      collection: 'zinnekeArticles',
      fragment: '#maps',
    });
    expect(parseReference('zinneke:01')?.collection).toBe('zinnekeIssues');
    expect(parseReference('https://example.org')).toBeNull();
    expect(findReferences('Voir [x](focus:a) et\n<a href="page:all/legal">y</a>').map((r) => r.line)).toEqual([1, 2]);
  });

  it("resolves in the reader's language, across hosts, with the translated slug", () => {
    const fromZoneNl = pageAt('zorgzone-zuid.brussels', '/');
    expect(resolve('focus:mental-health', fromZoneNl)).toBe(
      'https://brusano.brussels/nl/publicaties/focus/geestelijke-gezondheid/',
    );
    const fromRegionFr = pageAt('brusano.brussels', '/');
    expect(resolve('focus:mental-health#aide', fromRegionFr)).toBe('/publications/focus/sante-mentale/#aide');
    expect(resolve('consultation:south/prevention/2024-1', fromRegionFr)).toBe(
      'https://bassin-sud.brussels/concertations-thematiques/prevention/2024-1/',
    );
  });

  it('prefers the same site, and falls back to the other language when there is no translation', () => {
    expect(resolve('prevention:2025-03-colorectal-cancer', pageAt('zorgzone-zuid.brussels', '/'))).toBe(
      '/preventie/darmkanker/',
    );
    expect(resolve('prevention:2025-03-colorectal-cancer', pageAt('bassin-sud.brussels', '/'))).toBe(
      'https://zorgzone-zuid.brussels/preventie/darmkanker/',
    );
  });

  it('rewrites links in built HTML and leaves others alone', () => {
    const html = '<a href="focus:mental-health">Focus</a> <a href="https://example.org">x</a>';
    expect(rewriteReferences(html, pageAt('brusano.brussels', '/nl/'), resolve)).toBe(
      '<a href="/nl/publicaties/focus/geestelijke-gezondheid/">Focus</a> <a href="https://example.org">x</a>',
    );
  });

  it('tells pages that may hold a reference from those that cannot, from their bytes', () => {
    const bytes = (html: string) => new TextEncoder().encode(html);
    expect(mayHoldReferences(bytes('<p>Santé <a href="zinneke:12/territoires">Zinneke</a></p>'))).toBe(true);
    expect(mayHoldReferences(bytes('<p>Santé <a href="/focus/x/">focus:</a> page: prevention</p>'))).toBe(false);
  });
});
