/** What the search page's script needs, computed at build time from the registry. */
import { locale } from '../i18n/index.ts';
import type { UiStrings } from '../i18n/strings.ts';
import { editionOf, editionsOnHost, hosts, siteEditions, sites } from '../sites/registry.ts';
import type { Language, Site } from '../sites/types.ts';

export interface SearchConfig {
  /** Pagefind bundle of this host. */
  bundlePath: string;
  /** Value of the "Site" filter for pages of this site. */
  siteName: string;
  /** The other sites' indexes in the same language, merged when the reader widens the search. */
  network: Array<{ name: string; index: string; baseUrl: string }>;
  lang: Language;
  /** Intl locale for dates in results (the same as the pages'). */
  locale: string;
  strings: Pick<UiStrings, 'searchNoResults' | 'searchTyping' | 'searchLoading' | 'searchAll'> & {
    resultCount: Record<'zero' | 'one' | 'many', string>;
    filters: UiStrings['searchFilters'];
  };
}

/** Where each host's Pagefind bundle (script, worker, index) is published. */
export const searchBundlePath = '/pagefind/';

/** The region widens to the five zones; a zone widens to the region. */
export function networkOf(site: Site): Site[] {
  return site.kind === 'region' ? sites.filter((s) => s.kind === 'zone') : sites.filter((s) => s.kind === 'region');
}

/** Hosts whose search indexes this host's search page may merge. */
export function searchPeers(host: string): string[] {
  const sites = editionsOnHost(host).flatMap((e) =>
    networkOf(e.site).map((peer) => siteEditions.find((x) => x.site.id === peer.id && x.lang === e.lang)!.host),
  );
  return [...new Set(sites)].sort();
}

/** Hosts that merge this host's search index (and so need CORS on its search bundle). */
export function searchReaders(host: string): string[] {
  return hosts.filter((other) => other !== host && searchPeers(other).includes(host));
}

export function searchConfig(site: Site, lang: Language, t: UiStrings): SearchConfig {
  return {
    bundlePath: searchBundlePath,
    siteName: site.name[lang],
    network: networkOf(site).map((other) => {
      const e = editionOf(other, lang);
      return { name: other.name[lang], index: `https://${e.host}${searchBundlePath}`, baseUrl: `https://${e.host}/` };
    }),
    lang,
    locale: locale(lang),
    strings: {
      searchNoResults: t.searchNoResults,
      searchTyping: t.searchTyping,
      searchLoading: t.searchLoading,
      searchAll: t.searchAll,
      resultCount: {
        zero: t.searchResultCount(0),
        one: t.searchResultCount(1),
        many: t.searchResultCount(999).replace('999', '{n}'),
      },
      filters: t.searchFilters,
    },
  };
}
