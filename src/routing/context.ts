/**
 * What every template receives: the page, its site and language, UI strings,
 * and a linker that only ever produces links to pages that exist in the plan.
 */
import type { CollectionName } from '../content/contract.ts';
import { ui, type UiStrings } from '../i18n/index.ts';
import { editionOf, getSite, type SiteEdition } from '../sites/registry.ts';
import type { Language, Site } from '../sites/types.ts';
import { remembered } from '../remembered.ts';
import { pageOfEntry, type PlannedPage } from './plan.ts';
import { href, locate, type PageRef } from './urls.ts';

export interface PageContext {
  page: PlannedPage;
  site: Site;
  edition: SiteEdition;
  lang: Language;
  t: UiStrings;
  /** Link to a list page (or any ref) of a site in a language; null if that page is not built. */
  link(ref: PageRef, target?: { siteId?: string; lang?: Language }): string | null;
  /** Link to the page showing an entry on a site in a language; null if it is not built. */
  linkToEntry(collection: CollectionName, key: string, target?: { siteId?: string; lang?: Language }): string | null;
}

const locationIndexes = new WeakMap<readonly PlannedPage[], Set<string>>();

function locationsOf(plan: readonly PlannedPage[]): Set<string> {
  return remembered(locationIndexes, plan, () => new Set(plan.map((p) => p.host + p.path)));
}

export function createContext(page: PlannedPage, plan: readonly PlannedPage[]): PageContext {
  const site = getSite(page.siteId);
  const locations = locationsOf(plan);
  return {
    page,
    site,
    edition: editionOf(site, page.lang),
    lang: page.lang,
    t: ui(page.lang),
    link(ref, target = {}) {
      const edition = editionOf(getSite(target.siteId ?? page.siteId), target.lang ?? page.lang);
      const location = locate(edition, ref);
      return locations.has(location.host + location.path) ? href(page.host, location) : null;
    },
    linkToEntry(collection, key, target = {}) {
      const found = pageOfEntry(plan, { collection, key }, target.siteId ?? page.siteId, target.lang ?? page.lang);
      return found ? href(page.host, found) : null;
    },
  };
}
