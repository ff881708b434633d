/** What the search page's script needs, computed at build time from the registry. */
import { locale, otherLanguage, ui } from '../i18n/index.ts';
import type { UiStrings } from '../i18n/strings.ts';
import { editionOf, editionsOnHost, hosts, sites, type SiteEdition } from '../sites/registry.ts';
import type { Language, Site } from '../sites/types.ts';
import { origin } from '../routing/urls.ts';

/** Below this many results on the reader's site, the other sites' matches are shown beneath them. */
export const widenBelow = 5;

export interface SearchIndex {
  /** The site's name in the index's language, shown beside each of its results. */
  name: string;
  /** Its Pagefind bundle, as a full URL. */
  index: string;
  baseUrl: string;
}

/** Result count sentences with `{n}` for the number (the script cannot call the dictionaries' functions). */
type Counts = Record<'zero' | 'one' | 'many', string>;

export interface SearchConfig {
  /** Pagefind bundle of this host. */
  bundlePath: string;
  /** Where this host's results link to: its root (a preview site moves it under a prefix). */
  baseUrl: string;
  /** Name of the "Site" filter, whose value names each result's site. */
  siteFilter: string;
  /** The other sites' indexes in the same language: merged when this site's results are few, or the reader widens. */
  network: SearchIndex[];
  widenBelow: number;
  /**
   * The same search in the other language, offered when this one finds nothing. Its first index holds only that
   * language, so Pagefind loads that language's word stemming for it; the others are merged into it.
   */
  otherLanguage: { lang: Language; siteFilter: string; indexes: SearchIndex[] };
  lang: Language;
  /** Intl locale for dates in results (the same as the pages'). */
  locale: string;
  strings: Pick<UiStrings, 'searchNoResults' | 'searchTyping' | 'searchLoading' | 'searchAll'> & {
    resultCount: Counts;
    widerCount: Counts;
    otherLanguageCount: Counts;
    /** With `{term}` for the words searched. */
    otherLanguageButton: string;
    filters: UiStrings['searchFilters'];
  };
}

/** Where each host's Pagefind bundle (script, worker, index) is published. */
export const searchBundlePath = '/pagefind/';

/** Every other site: a reader's search widens to the region and all zones. */
export function networkOf(site: Site): Site[] {
  return sites.filter((s) => s.id !== site.id);
}

/**
 * Where the other language's search looks: this site and its network in that language. Editions
 * alone on their host come first (the zones'), so the first index holds that language only.
 */
export function otherLanguageEditions(site: Site, lang: Language): SiteEdition[] {
  const other = otherLanguage(lang);
  const editions = [site, ...networkOf(site)].map((s) => editionOf(s, other));
  const alone = (e: SiteEdition) => editionsOnHost(e.host).length === 1;
  return [...editions.filter(alone), ...editions.filter((e) => !alone(e))];
}

/** Hosts whose search indexes this host's search page may read. */
export function searchPeers(host: string): string[] {
  const peers = editionsOnHost(host).flatMap((e) => [
    ...networkOf(e.site).map((peer) => editionOf(peer, e.lang).host),
    ...otherLanguageEditions(e.site, e.lang).map((x) => x.host),
  ]);
  return [...new Set(peers)].filter((h) => h !== host).sort();
}

/** Hosts that read this host's search index (and so need CORS on its search bundle). */
export function searchReaders(host: string): string[] {
  return hosts.filter((other) => other !== host && searchPeers(other).includes(host));
}

const indexOf = (e: SiteEdition): SearchIndex => ({
  name: e.site.name[e.lang],
  index: `${origin(e.host)}${searchBundlePath}`,
  baseUrl: `${origin(e.host)}/`,
});

const counts = (count: (n: number) => string): Counts => ({
  zero: count(0),
  one: count(1),
  many: count(999).replace('999', '{n}'),
});

export function searchConfig(site: Site, lang: Language, t: UiStrings): SearchConfig {
  const other = otherLanguage(lang);
  return {
    bundlePath: searchBundlePath,
    baseUrl: '/',
    siteFilter: t.searchFilters.zone,
    network: networkOf(site).map((peer) => indexOf(editionOf(peer, lang))),
    widenBelow,
    otherLanguage: {
      lang: other,
      siteFilter: ui(other).searchFilters.zone,
      indexes: otherLanguageEditions(site, lang).map(indexOf),
    },
    lang,
    locale: locale(lang),
    strings: {
      searchNoResults: t.searchNoResults,
      searchTyping: t.searchTyping,
      searchLoading: t.searchLoading,
      searchAll: t.searchAll,
      resultCount: counts(t.searchResultCount),
      widerCount: counts(t.searchWiderCount),
      otherLanguageCount: counts((n) => t.searchOtherLanguageCount(n, t.languageNames[other])),
      otherLanguageButton: t.searchInOtherLanguage('{term}', t.languageNames[other]),
      filters: t.searchFilters,
    },
  };
}
