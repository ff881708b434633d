/**
 * Where the web editor's "preview" link of an entry leads. Sveltia CMS composes it as the pull
 * request's deploy URL (the commit status `previewContext` of its head commit) + the collection's
 * `preview_path`, a single template for both languages whose only language-dependent tag is
 * `{{locale}}`. An entry's page differs between languages in more than that (zone hosts, the section
 * words, the optional `slug` field), so no template can spell it. The template therefore names a
 * language-neutral *entry address*, `/_entries/?collection=<collection>&key=<key>&lang=<lang>`, built
 * from the entry's file path. That one page (`addressPage`) and its script look the entry up in its
 * collection's map, `/_entries/<collection>.json`, of the pages the URL resolver gives
 * (`addressTargets`, from the site plan), and open it.
 *
 * One page and a map per collection, not a redirect file per entry and language: those were a third
 * of the files a build writes (20,000 of 64,000 at 20,000 pages), and on disk each file created and
 * later deleted costs the build. The editor runs on JavaScript anyway, so the page may need it.
 *
 * The build writes them on the regional host, the editor's `site_url`, so a published entry's link
 * opens its live page; a pull request's preview site copies them to its root, its map rewritten to
 * lead into the preview, so an unpublished entry's link opens its page there. Pure.
 */
import type { CollectionName } from '../content/contract.ts';
import { pathTemplate } from '../content/layout.ts';
import { initiativesKey } from '../content/model.ts';
import { ui, type UiStrings } from '../i18n/index.ts';
import { escapeHtml } from '../layouts/html.ts';
import type { PlannedPage } from '../routing/plan.ts';
import { absoluteUrl, type Location } from '../routing/urls.ts';
import type { Language } from '../sites/types.ts';

/**
 * The commit status the preview job of .github/workflows/deploy.yml sets on a pull request's head
 * commit, its target the preview site; the editor looks for it by this name (a unit test compares
 * the two).
 */
export const previewContext = 'deploy/preview';

/** The folder holding the entry addresses (no page path of a site starts with `_`). */
export const entryAddressFolder = '_entries';

/** The script of the entry address page, beside it. */
export const addressScriptFile = 'open.js';

/** An entry in a language, as its address names it. */
export interface AddressedEntry {
  collection: CollectionName;
  key: string;
  lang: Language;
}

/** The entry address of an entry's page in a language. Keys are slugs: nothing in them to escape. */
export function entryAddress({ collection, key, lang }: AddressedEntry): string {
  return `/${entryAddressFolder}/?collection=${collection}&key=${key}&lang=${lang}`;
}

/**
 * The `preview_path` of an editor collection: the entry address, its key read from the entry's file
 * path. Sveltia's `{{dirname}}` is the file's folder below the collection folder: the key for
 * `<key>/index.<lang>.md` layouts; where the file name is the key's last part (`<zone>.<lang>.md`),
 * `{{filename}}` (the name before its first dot) adds it.
 */
export function previewPath(collection: CollectionName): string {
  const keyInFileName = !pathTemplate(collection).template.endsWith('/index');
  const key = keyInFileName ? '{{dirname}}/{{filename}}' : '{{dirname}}';
  return entryAddress({ collection, key, lang: '{{locale}}' as Language });
}

/**
 * What Sveltia fills a `preview_path` with, for the tags `previewPath` uses (its `fillEntryPathTemplate`):
 * `entryFile` is the file's path below the collection folder, e.g. `south/x/index.fr.md`.
 */
export function expandPreviewPath(template: string, entryFile: string, locale: Language): string {
  const slash = entryFile.lastIndexOf('/');
  const values: Record<string, string> = {
    locale,
    dirname: slash > 0 ? entryFile.slice(0, slash) : '',
    filename: entryFile.slice(slash + 1).split('.')[0]!,
  };
  return template.replace(/\{\{([a-z]+)\}\}/g, (tag, name: string) => {
    if (!(name in values)) throw new Error(`preview_path tag ${tag} is not expanded here`);
    return values[name]!;
  });
}

/** Where an entry address leads: the entry it names and its page. */
export interface AddressTarget {
  entry: AddressedEntry;
  page: Location;
}

/**
 * Every entry address and the page it leads to. An entry shown on several sites (prevention
 * months, pages for all sites) leads to its regional page. A zone's local initiatives have no page
 * of their own: their address leads to the prevention page of their theme on that zone's host.
 */
export function addressTargets(plan: readonly PlannedPage[], regionId: string): Map<string, AddressTarget> {
  const targets = new Map<string, AddressTarget>();
  const add = (entry: AddressedEntry, page: AddressTarget['page'], preferred: boolean) => {
    const address = entryAddress(entry);
    if (preferred || !targets.has(address)) targets.set(address, { entry, page });
  };
  for (const page of plan) {
    if (!page.entry) continue;
    const { collection, key } = page.entry;
    const location = { host: page.host, path: page.path };
    add({ collection, key, lang: page.lang }, location, page.siteId === regionId);
    if (collection === 'prevention' && page.siteId !== regionId) {
      add({ collection: 'initiatives', key: initiativesKey(key, page.siteId), lang: page.lang }, location, true);
    }
  }
  return targets;
}

/** A collection's map, as `<collection>.json` holds it: key → language → the page's absolute URL. */
export type AddressMap = Record<string, Partial<Record<Language, string>>>;

/** The map of each collection with an entry address, from `addressTargets`. */
export function addressMaps(targets: ReadonlyMap<string, AddressTarget>): Map<CollectionName, AddressMap> {
  const maps = new Map<CollectionName, AddressMap>();
  for (const { entry, page } of targets.values()) {
    if (!maps.has(entry.collection)) maps.set(entry.collection, {});
    (maps.get(entry.collection)![entry.key] ??= {})[entry.lang] = absoluteUrl(page);
  }
  return maps;
}

/**
 * The page at every entry address, in both languages (the one the entry is in is known only to its
 * script), never indexed. Its script is a file beside it: the CSP refuses inline scripts. Until the
 * script has found the page it says it is opening it; the script shows instead that the entry has no
 * page when its map has none (a draft on the live site, a new entry before its preview).
 */
export function addressPage(): string {
  const [fr, nl] = [ui('fr'), ui('nl')];
  const both = (text: (strings: UiStrings) => string) =>
    `<p lang="fr">${escapeHtml(text(fr))}</p>\n<p lang="nl">${escapeHtml(text(nl))}</p>`;
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(fr.entryAddressTitle)} / ${escapeHtml(nl.entryAddressTitle)}</title>
<script src="${addressScriptFile}" defer></script></head>
<body><main>
<h1>${escapeHtml(fr.entryAddressTitle)} / <span lang="nl">${escapeHtml(nl.entryAddressTitle)}</span></h1>
<div data-entry-opening>
${both((s) => s.entryAddressOpening)}
</div>
<div data-entry-missing hidden>
${both((s) => s.entryAddressMissing)}
<p><a href="/" lang="fr">${escapeHtml(fr.entryAddressHome)}</a> / <a href="/" lang="nl">${escapeHtml(nl.entryAddressHome)}</a></p>
</div>
<noscript>
${both((s) => s.entryAddressNeedsScript)}
</noscript>
</main></body></html>
`;
}
