/** What each page tells Pagefind for filtering, sorting and result lines. */
import type { UiStrings } from '../i18n/strings.ts';
import { isoDay } from '../i18n/index.ts';
import type { PageKind } from '../routing/urls.ts';

export type ContentType = keyof UiStrings['searchTypes'];

export function contentType(kind: PageKind): ContentType {
  switch (kind) {
    case 'focus':
      return 'focus';
    case 'prevention':
      return 'prevention';
    case 'consultation':
      return 'consultation';
    case 'zinnekeIssue':
    case 'zinnekeArticle':
      return 'zinneke';
    default:
      return 'page';
  }
}

export interface SearchFacets {
  /** Filters: name → value, in the page's language. */
  filters: Record<string, string>;
  /** Shown under each result. */
  meta: Record<string, string>;
  /** Sort keys. */
  sort: Record<string, string>;
}

export function searchFacets(
  kind: PageKind,
  t: UiStrings,
  context: {
    zone: string;
    theme?: string | undefined;
    date?: Date | undefined;
    /** The entry shown, as `collection|key`: the same on every site that shows it, so a search across sites lists it once. */
    entry?: string | undefined;
  },
): SearchFacets {
  const type = t.searchTypes[contentType(kind)];
  const day = context.date ? isoDay(context.date) : undefined;
  return {
    filters: {
      [t.searchFilters.type]: type,
      [t.searchFilters.zone]: context.zone,
      ...(context.theme && { [t.searchFilters.theme]: context.theme }),
      ...(day && { [t.searchFilters.year]: day.slice(0, 4) }),
    },
    meta: { type, ...(day && { date: day }), ...(context.entry && { entry: context.entry }) },
    sort: day ? { date: day } : {},
  };
}
