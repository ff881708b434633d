import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headerRules } from '../../src/deploy/headers.ts';
import { networkOf, otherLanguageEditions, searchPeers, searchReaders } from '../../src/search/config.ts';
import { bestByScore, countText, newestFirst, wantsNetwork, withoutRepeats } from '../../src/search/rank.ts';
import { editionsOnHost, getSite, hosts, region, zones } from '../../src/sites/registry.ts';

describe('which sites a search reaches', () => {
  const south = getSite('south');

  it('widens from a zone to the region and every other zone, and from the region to the zones', () => {
    expect(networkOf(south).map((s) => s.id)).toEqual([
      region.id,
      ...zones.filter((z) => z !== south).map((z) => z.id),
    ]);
    expect(networkOf(region).map((s) => s.id)).toEqual(zones.map((z) => z.id));
  });

  it('searches the other language first in a host that holds only that language (its stemming is loaded)', () => {
    for (const site of [south, region]) {
      for (const lang of ['fr', 'nl'] as const) {
        const editions = otherLanguageEditions(site, lang);
        expect(editions).toHaveLength(zones.length + 1);
        expect(editions.every((e) => e.lang !== lang)).toBe(true);
        expect(editionsOnHost(editions[0]!.host)).toHaveLength(1);
      }
    }
    expect(otherLanguageEditions(south, 'fr')[0]!.host).toBe('zorgzone-zuid.brussels');
  });

  it('lets every search page read every other host, and gives every index CORS', () => {
    expect(searchPeers('bassin-sud.brussels')).toEqual(hosts.filter((h) => h !== 'bassin-sud.brussels').sort());
    expect(searchPeers('brusano.brussels')).not.toContain('brusano.brussels');
    for (const host of hosts) {
      expect(searchReaders(host).length).toBeGreaterThan(0);
      expect(headerRules(host).some((r) => r.path === '/pagefind/*')).toBe(true);
    }
    expect(contentSecurityPolicy('bassin-sud.brussels')).toMatch(
      /connect-src 'self' [^;]*https:\/\/bassin-nord\.brussels[^;]*https:\/\/zorgzone-zuid\.brussels/,
    );
  });
});

describe('ranking results of several indexes', () => {
  const r = (score: number, date?: string, entry?: string) => ({ score, meta: { date, entry } });

  it('takes the best by score across lists', () => {
    expect(bestByScore([[r(1), r(5)], [r(3)]], 2).map((x) => x.score)).toEqual([5, 3]);
  });

  it('takes the newest across lists sorted newest first, undated last', () => {
    const a = [r(0, '2025-03-01'), r(0, '2024-01-01')];
    const b = [r(0, '2025-05-01'), r(0)];
    expect(newestFirst([a, b], 3).map((x) => x.meta.date)).toEqual(['2025-05-01', '2025-03-01', '2024-01-01']);
    expect(newestFirst([b], 5).map((x) => x.meta.date)).toEqual(['2025-05-01', undefined]);
  });

  it('lists an entry shown on several sites once, and what was listed above not again', () => {
    const seen = new Set<string>();
    expect(withoutRepeats([r(3, undefined, 'prevention|x'), r(2)], seen)).toHaveLength(2);
    const again = withoutRepeats(
      [r(5, undefined, 'prevention|x'), r(4, undefined, 'focus|y'), r(1, undefined, 'focus|y')],
      seen,
    );
    expect(again.map((x) => x.meta.entry)).toEqual(['focus|y']);
  });

  it('widens below the threshold or when the reader chose every site', () => {
    expect(wantsNetwork('site', 4, 5)).toBe(true);
    expect(wantsNetwork('site', 5, 5)).toBe(false);
    expect(wantsNetwork('network', 50, 5)).toBe(true);
  });

  it('writes counts from the three forms', () => {
    const counts = { zero: 'Aucun résultat', one: '1 résultat', many: '{n} résultats' };
    expect([0, 1, 7].map((n) => countText(counts, n))).toEqual(['Aucun résultat', '1 résultat', '7 résultats']);
  });
});
