/** Pure helpers over loaded entries: identity, publication state, pairing. */
import type { Language } from '../sites/types.ts';
import { parseEntryId, type CollectionName, type ConsultationTheme } from './contract.ts';

export interface EntryRef<D = Record<string, unknown>> {
  collection: CollectionName;
  /** Astro's entry id: `<key>/<lang>`, e.g. `mental-health/fr`. */
  id: string;
  /** Translation key: the entry folder, shared by its French and Dutch files. */
  key: string;
  lang: Language;
  /** URL segment in this language: the `slug` field, else the folder name. */
  slug: string;
  data: D;
}

export function toEntryRef<D extends { slug?: string | undefined }>(collection: CollectionName, id: string, data: D): EntryRef<D> {
  const { key, lang } = parseEntryId(id);
  return { collection, id, key, lang, slug: data.slug ?? key.split('/').at(-1)!, data };
}

export interface PublicationFields {
  draft?: boolean;
  publishAt?: Date;
  unpublishAt?: Date;
}

/** Whether an entry belongs in a build made at `now`; preview builds show everything. */
export function isPublished(data: PublicationFields, now: Date, preview: boolean): boolean {
  if (preview) return true;
  if (data.draft) return false;
  if (data.publishAt && data.publishAt.getTime() > now.getTime()) return false;
  if (data.unpublishAt && data.unpublishAt.getTime() <= now.getTime()) return false;
  return true;
}

/** Why an entry would be hidden from production, for the preview banner. */
export function publicationState(data: PublicationFields, now: Date): 'published' | 'draft' | 'scheduled' | 'expired' {
  if (data.draft) return 'draft';
  if (data.publishAt && data.publishAt.getTime() > now.getTime()) return 'scheduled';
  if (data.unpublishAt && data.unpublishAt.getTime() <= now.getTime()) return 'expired';
  return 'published';
}

export function findTranslation<E extends EntryRef<unknown>>(entries: readonly E[], key: string, lang: Language): E | undefined {
  return entries.find((e) => e.key === key && e.lang === lang);
}

/** The site and theme a consultation folder belongs to: `<site>/<theme>/<YYYY>-<n>`. */
export function consultationPlace(key: string): { siteId: string; theme: ConsultationTheme; year: number; meeting: number } {
  const [siteId, theme, edition] = key.split('/') as [string, ConsultationTheme, string];
  const [year, meeting] = edition.split('-').map(Number) as [number, number];
  return { siteId, theme, year, meeting };
}

/** `<YYYY-MM>-<key>` prevention folders start with their month. */
export function preventionMonth(key: string): string {
  return key.slice(0, 7);
}

/** Local initiatives of a zone for a prevention theme have the key `<theme-key>/zones/<site>`. */
export function initiativesPlace(key: string): { themeKey: string; siteId: string } {
  const [themeKey, , siteId] = key.split('/') as [string, string, string];
  return { themeKey, siteId };
}

export function initiativesKey(themeKey: string, siteId: string): string {
  return `${themeKey}/zones/${siteId}`;
}
