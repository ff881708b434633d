/**
 * The page plan: every page of every host, derived from the registry and the
 * content. The catch-all route renders it, the build manifest lists it, the
 * sitemaps and tests read it. Pure: no Astro, no file system.
 */
import { consultationThemes, type CollectionName } from '../content/contract.ts';
import { entryFolder } from '../content/layout.ts';
import { consultationPlace, publicationState, type EntryRef, type PublicationFields } from '../content/model.ts';
import { brusselsMonth, calendarYears } from '../content/selectors.ts';
import { isoDay, otherLanguage } from '../i18n/index.ts';
import { remembered } from '../remembered.ts';
import type { SiteEdition } from '../sites/registry.ts';
import type { Language, Site } from '../sites/types.ts';
import { locate, type Location, type PageRef } from './urls.ts';

export type ContentIndex = Record<CollectionName, readonly EntryRef[]>;

export interface PlannedPage extends Location {
  siteId: string;
  lang: Language;
  ref: PageRef;
  /** The content entry the page shows, if it shows one. */
  entry?: { collection: CollectionName; id: string; key: string };
  /** The same page in the other language, on its own host; null when it has no translation. */
  counterpart: Location | null;
  /** Whether search engines and site search should index it. */
  indexable: boolean;
  /** Set on entries a preview build shows although production would not (draft, scheduled, expired). */
  unpublished?: { state: 'draft' | 'scheduled' | 'expired'; publishAt?: string | undefined };
  /** Files the page offers for download, published beside it (e.g. a Focus PDF). */
  attachments?: Attachment[];
  /** Entry pages: the day (YYYY-MM-DD, Brussels) the entry last changed, for sitemaps and feeds. */
  lastModified?: string;
}

export interface Attachment {
  /** Path on the host. */
  path: string;
  /** File path relative to the content folder. */
  source: string;
}

function attachmentsOf(collection: CollectionName, entry: EntryRef, pagePath: string): Attachment[] | undefined {
  const pdf = (entry.data as { pdf?: string }).pdf;
  if (!pdf) return undefined;
  const name = pdf.split('/').at(-1)!;
  return [{ path: `${pagePath}${name}`, source: `${entryFolder(collection, entry.key)}/${pdf}` }];
}

/** Collections that have a detail page per entry. Initiatives are shown inside prevention pages. */
type PagedCollection = Exclude<CollectionName, 'initiatives'>;
const pagedCollections: PagedCollection[] = [
  'focus',
  'prevention',
  'consultations',
  'zinnekeIssues',
  'zinnekeArticles',
  'pages',
];

/** Which sites show an entry's detail page. */
export function sitesShowing(collection: PagedCollection, entry: EntryRef, allSites: readonly Site[]): string[] {
  const region = allSites.filter((s) => s.kind === 'region').map((s) => s.id);
  switch (collection) {
    case 'focus':
    case 'zinnekeIssues':
    case 'zinnekeArticles':
      return region;
    case 'prevention':
      return allSites.map((s) => s.id);
    case 'consultations':
      return [consultationPlace(entry.key).siteId];
    case 'pages': {
      const scope = entry.key.split('/')[0]!;
      return scope === 'all' ? allSites.map((s) => s.id) : [scope];
    }
  }
}

/** The page reference of an entry in its own language, or null when it cannot be placed. */
export function entryPageRef(collection: PagedCollection, entry: EntryRef, content: ContentIndex): PageRef | null {
  switch (collection) {
    case 'focus':
      return { kind: 'focus', slug: entry.slug };
    case 'prevention':
      return { kind: 'prevention', slug: entry.slug };
    case 'consultations':
      return { kind: 'consultation', theme: consultationPlace(entry.key).theme, slug: entry.slug };
    case 'zinnekeIssues':
      return { kind: 'zinnekeIssue', issue: entry.slug };
    case 'zinnekeArticles': {
      const issueKey = entry.key.split('/')[0]!;
      const issue = content.zinnekeIssues.find((i) => i.key === issueKey && i.lang === entry.lang);
      return issue ? { kind: 'zinnekeArticle', issue: issue.slug, slug: entry.slug } : null;
    }
    case 'pages':
      return { kind: 'page', slug: entry.slug };
  }
}

/**
 * The date an entry gives for its last change: `updated` where the author keeps it, else a
 * synthesis's meeting date. Prevention months and Zinneke seasons say when, not what changed.
 */
export function entryDate(collection: CollectionName, data: Record<string, unknown>): Date | undefined {
  if (data.updated instanceof Date) return data.updated;
  if (collection === 'consultations' && data.date instanceof Date) return data.date;
  return undefined;
}

/** When a file last changed outside its fields (e.g. its last commit), by entry. */
export type LastChanged = (entry: EntryRef) => Date | undefined;

/** List pages each kind of site carries, in both languages. */
function listPages(site: Site, content: ContentIndex, currentMonth: string): PageRef[] {
  const calendars = calendarYears(content.prevention as EntryRef<{ month: string }>[], currentMonth).map(
    (year): PageRef => ({ kind: 'preventionYear', year }),
  );
  if (site.kind === 'region') {
    return [
      { kind: 'home' },
      { kind: 'focusIndex' },
      { kind: 'preventionIndex' },
      ...calendars,
      { kind: 'consultationsIndex' },
      { kind: 'zinnekeIndex' },
    ];
  }
  const themesMet = consultationThemes.filter((theme) =>
    content.consultations.some((c) => {
      const place = consultationPlace(c.key);
      return place.siteId === site.id && place.theme === theme;
    }),
  );
  return [
    { kind: 'home' },
    { kind: 'preventionIndex' },
    ...calendars,
    { kind: 'consultationsIndex' },
    ...themesMet.map((theme): PageRef => ({ kind: 'consultationTheme', theme })),
  ];
}

/**
 * `now` is the build's moment: it decides the current calendar year, and which
 * entries (in a preview build) are drafts or scheduled. `lastChanged` dates entries that carry
 * no date of their own (the build gives their files' last commit).
 */
export function planPages(
  content: ContentIndex,
  editions: readonly SiteEdition[],
  now: Date,
  lastChanged: LastChanged = () => undefined,
): PlannedPage[] {
  const currentMonth = brusselsMonth(now);
  const allSites = [...new Map(editions.map((e) => [e.site.id, e.site])).values()];
  const editionOf = (siteId: string, lang: Language) => editions.find((e) => e.site.id === siteId && e.lang === lang)!;
  const pages: PlannedPage[] = [];

  for (const edition of editions) {
    const other = editionOf(edition.site.id, otherLanguage(edition.lang));
    for (const ref of listPages(edition.site, content, currentMonth)) {
      pages.push({
        ...locate(edition, ref),
        siteId: edition.site.id,
        lang: edition.lang,
        ref,
        counterpart: locate(other, ref),
        indexable: true,
      });
    }
    // Search and 404 pages are for readers, not for search engines or the site's own index;
    // a 404 has no counterpart (there is no address to translate).
    for (const ref of [{ kind: 'search' }, { kind: 'notFound' }] as const) {
      pages.push({
        ...locate(edition, ref),
        siteId: edition.site.id,
        lang: edition.lang,
        ref,
        counterpart: ref.kind === 'search' ? locate(other, ref) : null,
        indexable: false,
      });
    }
  }

  for (const collection of pagedCollections) {
    for (const entry of content[collection]) {
      const ref = entryPageRef(collection, entry, content);
      if (!ref) continue;
      const translation = content[collection].find((e) => e.key === entry.key && e.lang !== entry.lang);
      const translationRef = translation ? entryPageRef(collection, translation, content) : null;
      const changed = entryDate(collection, entry.data as Record<string, unknown>) ?? lastChanged(entry);
      for (const siteId of sitesShowing(collection, entry, allSites)) {
        const edition = editionOf(siteId, entry.lang);
        if (!edition) continue;
        const location = locate(edition, ref);
        const attachments = attachmentsOf(collection, entry, location.path);
        const publication = entry.data as PublicationFields;
        const state = publicationState(publication, now);
        pages.push({
          ...location,
          ...(attachments && { attachments }),
          ...(changed && { lastModified: isoDay(changed) }),
          ...(state !== 'published' && {
            unpublished: { state, publishAt: publication.publishAt?.toISOString() },
          }),
          siteId,
          lang: entry.lang,
          ref,
          entry: { collection, id: entry.id, key: entry.key },
          counterpart: translationRef ? locate(editionOf(siteId, translation!.lang), translationRef) : null,
          indexable: state === 'published',
        });
      }
    }
  }
  return pages;
}

const entryIndexes = new WeakMap<readonly PlannedPage[], Map<string, PlannedPage>>();

/**
 * The page showing an entry on a site in a language, if the plan has one. Indexed once per
 * plan: templates and feeds ask this for thousands of entries.
 */
export function pageOfEntry(
  plan: readonly PlannedPage[],
  entry: { collection: string; key: string },
  siteId: string,
  lang: Language,
): PlannedPage | undefined {
  const index = remembered(
    entryIndexes,
    plan,
    () =>
      new Map(
        plan.filter((p) => p.entry).map((p) => [`${p.entry!.collection}|${p.entry!.key}|${p.siteId}|${p.lang}`, p]),
      ),
  );
  return index.get(`${entry.collection}|${entry.key}|${siteId}|${lang}`);
}

/** Astro route parameter of a planned page: `<host><path>` without slashes at the ends. */
export function routeParam(page: Pick<PlannedPage, 'host' | 'path'>): string {
  return `${page.host}${page.path}`.replace(/\/+$/, '');
}

/** The route parameter of a path as Astro renders it (`/<host>/<path>/`, percent-encoded). */
export function routeOfPath(pathname: string): string {
  return decodeURI(pathname).replace(/^\/+|\/+$/g, '');
}

/**
 * The pages in the order Astro renders them: host after host, so that each host is complete early
 * and the search indexer reads it while the next hosts render (src/search/indexer.ts). The host
 * with the fewest pages comes first, so the indexer starts soonest (the region, with a quarter of
 * the pages, used to keep it waiting for the first quarter of the render); ties keep their order
 * of first appearance, and pages keep their plan order within a host. The order changes no page.
 * Interleaved builds: 0.4 s less at 21,416 pages, 0.6 s at 10,856 (docs/performance.md).
 */
export function inRenderOrder<T extends { host: string }>(pages: readonly T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const page of pages) {
    const group = groups.get(page.host);
    if (group) group.push(page);
    else groups.set(page.host, [page]);
  }
  return [...groups.values()].sort((a, b) => a.length - b.length).flat();
}
