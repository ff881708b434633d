/**
 * What every template receives: the page, its site and language, UI strings,
 * and a linker that only ever produces links to pages that exist in the plan.
 */
import type { CollectionName } from '../content/contract.ts';
import { ui, type UiStrings } from '../i18n/index.ts';
import { editionOf, getSite, type SiteEdition } from '../sites/registry.ts';
import type { Language, Site } from '../sites/types.ts';
import type { PlannedPage } from './plan.ts';
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

interface PlanIndex {
  byLocation: Set<string>;
  byEntry: Map<string, PlannedPage>;
}

const indexes = new WeakMap<readonly PlannedPage[], PlanIndex>();

function indexOf(plan: readonly PlannedPage[]): PlanIndex {
  let index = indexes.get(plan);
  if (!index) {
    index = { byLocation: new Set(), byEntry: new Map() };
    for (const p of plan) {
      index.byLocation.add(p.host + p.path);
      if (p.entry) index.byEntry.set(`${p.entry.collection}|${p.entry.key}|${p.siteId}|${p.lang}`, p);
    }
    indexes.set(plan, index);
  }
  return index;
}

export function createContext(page: PlannedPage, plan: readonly PlannedPage[]): PageContext {
  const site = getSite(page.siteId);
  const index = indexOf(plan);
  return {
    page,
    site,
    edition: editionOf(site, page.lang),
    lang: page.lang,
    t: ui(page.lang),
    link(ref, target = {}) {
      const edition = editionOf(getSite(target.siteId ?? page.siteId), target.lang ?? page.lang);
      const location = locate(edition, ref);
      return index.byLocation.has(location.host + location.path) ? href(page.host, location) : null;
    },
    linkToEntry(collection, key, target = {}) {
      const found = index.byEntry.get(`${collection}|${key}|${target.siteId ?? page.siteId}|${target.lang ?? page.lang}`);
      return found ? href(page.host, found) : null;
    },
  };
}
