/**
 * Content as the templates see it: published entries only (unless previewing),
 * wrapped with their translation key, language and slug. Loaded once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildClock } from '../build/clock.ts';
import type { CollectionName } from './contract.ts';
import { isPublished, toEntryRef, type EntryRef, type PublicationFields } from './model.ts';

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
  if (!cache.has(collection)) cache.set(collection, load(collection));
  return cache.get(collection) as Promise<Entry<C>[]>;
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

/** The entry a detail page shows. */
export async function entryOfPage<C extends CollectionName>(
  collection: C,
  page: { entry?: { id: string } | undefined },
): Promise<Entry<C>> {
  const found = (await entries(collection)).find((e) => e.id === page.entry?.id);
  if (!found) throw new Error(`No ${collection} entry for page ${JSON.stringify(page)}`);
  return found;
}

/** Theme labels by key, in one language; an unknown key shows as itself. */
export async function themeLabel(lang: 'fr' | 'nl'): Promise<(key: string) => string> {
  const themes = await getCollection('themes');
  const labels = new Map(themes.map((t) => [t.id, t.data[lang]]));
  return (key) => labels.get(key) ?? key;
}
