/**
 * Content as the templates see it: published entries only (unless previewing),
 * wrapped with their translation key, language and slug. Loaded once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildClock } from '../settings.ts';
import type { CollectionName, ConsultationTheme } from './contract.ts';
import { consultationPlace, isPublished, toEntryRef, type EntryRef, type PublicationFields } from './model.ts';
import type { Language } from '../sites/types.ts';
import { remembered } from '../remembered.ts';

export interface Entry<C extends CollectionName> extends EntryRef<CollectionEntry<C>['data']> {
  /** Astro's entry, for render(). */
  entry: CollectionEntry<C>;
}

const cache = new Map<CollectionName, Promise<Entry<CollectionName>[]>>();

async function load<C extends CollectionName>(collection: C): Promise<Entry<C>[]> {
  const { now, preview } = buildClock();
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  return all
    .map((entry): Entry<C> => ({ ...toEntryRef(collection, entry.id, entry.data as CollectionEntry<C>['data'] & { slug?: string }), entry }))
    .filter((e) => isPublished(e.data as PublicationFields, now, preview))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function entries<C extends CollectionName>(collection: C): Promise<Entry<C>[]> {
  return remembered(cache, collection, () => load(collection)) as Promise<Entry<C>[]>;
}

export async function contentIndex() {
  const [focus, prevention, initiatives, consultations, zinnekeIssues, zinnekeArticles, pages] = await Promise.all([
    entries('focus'),
    entries('prevention'),
    entries('initiatives'),
    entries('consultations'),
    entries('zinnekeIssues'),
    entries('zinnekeArticles'),
    entries('pages'),
  ]);
  return { focus, prevention, initiatives, consultations, zinnekeIssues, zinnekeArticles, pages };
}

/** The entry a detail page shows (looked up by id: pages are many, so no scan per page). */
export async function entryOfPage<C extends CollectionName>(
  collection: C,
  page: { entry?: { id: string } | undefined },
): Promise<Entry<C>> {
  const found = (await entriesBy(collection, 'id', (e) => e.id)).get(page.entry?.id ?? '')?.[0];
  if (!found) throw new Error(`No ${collection} entry for page ${JSON.stringify(page)}`);
  return found;
}

/** Entries grouped by a key, computed once per build (e.g. initiatives by theme). */
const groupings = new Map<string, Promise<Map<string, Entry<CollectionName>[]>>>();
export async function entriesBy<C extends CollectionName>(collection: C, name: string, keyOf: (e: Entry<C>) => string): Promise<Map<string, Entry<C>[]>> {
  const grouping = remembered(groupings, `${collection}|${name}`, () =>
    entries(collection).then((all) => {
      const groups = new Map<string, Entry<C>[]>();
      for (const e of all) {
        const key = keyOf(e);
        const group = groups.get(key);
        if (group) group.push(e);
        else groups.set(key, [e]);
      }
      return groups as Map<string, Entry<CollectionName>[]>;
    }),
  );
  return (await grouping) as unknown as Map<string, Entry<C>[]>;
}

/**
 * The entries of one language, the same array for every page that asks: many pages list or look up
 * their language's entries, and a scan of the whole collection per page grows with the content.
 */
export async function entriesIn<C extends CollectionName>(collection: C, lang: Language): Promise<readonly Entry<C>[]> {
  return (await entriesBy(collection, 'language', (e) => e.lang)).get(lang) ?? [];
}

/** An entry in one language, by its translation key (looked up, not scanned). */
export async function entryIn<C extends CollectionName>(collection: C, key: string, lang: Language): Promise<Entry<C> | undefined> {
  return (await entriesBy(collection, 'key-and-language', (e) => `${e.key}|${e.lang}`)).get(`${key}|${lang}`)?.[0];
}

/** The articles of a Zinneke issue in one language (keys `<issue>/<article>`), in id order. */
export async function articlesOfIssue(issueKey: string, lang: Language): Promise<readonly Entry<'zinnekeArticles'>[]> {
  const byIssue = await entriesBy('zinnekeArticles', 'issue-and-language', (a) => `${a.key.split('/')[0]}|${a.lang}`);
  return byIssue.get(`${issueKey}|${lang}`) ?? [];
}

const themeLabels = new Map<Language, Promise<(key: string) => string>>();

/** Theme labels by key, in one language (read once per build); an unknown key shows as itself. */
export function themeLabel(lang: Language): Promise<(key: string) => string> {
  return remembered(themeLabels, lang, () =>
    getCollection('themes').then((themes) => {
      const labels = new Map(themes.map((t) => [t.id, t.data[lang]]));
      return (key: string) => labels.get(key) ?? key;
    }),
  );
}

/**
 * A site's consultation meetings in one language, all or of one theme (keys
 * `<site>/<theme>/<YYYY>-<n>`), in id order: grouped once, where each listing page would scan
 * every meeting of the region.
 */
export async function meetingsOf(
  siteId: string,
  lang: Language,
  theme?: ConsultationTheme,
): Promise<readonly Entry<'consultations'>[]> {
  const place = (e: Entry<'consultations'>) => consultationPlace(e.key);
  const grouped = theme
    ? await entriesBy('consultations', 'site-theme-and-language', (e) => `${place(e).siteId}|${place(e).theme}|${e.lang}`)
    : await entriesBy('consultations', 'site-and-language', (e) => `${place(e).siteId}|${e.lang}`);
  return grouped.get(theme ? `${siteId}|${theme}|${lang}` : `${siteId}|${lang}`) ?? [];
}
