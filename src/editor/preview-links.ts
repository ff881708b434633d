/**
 * Where the web editor's "preview" link of an entry leads. Sveltia CMS composes it as the pull
 * request's deploy URL (the commit status `previewContext` of its head commit) + the collection's
 * `preview_path`, a single template for both languages whose only language-dependent tag is
 * `{{locale}}`. An entry's page differs between languages in more than that (zone hosts, the section
 * words, the optional `slug` field), so no template can spell it. The template therefore names a
 * language-neutral *entry address*, `/_entries/<collection>/<key>.<lang>.html`, built from the
 * entry's file path, and each address is a redirect to the page the URL resolver gives (`addressTargets`,
 * from the site plan). The build writes them on the regional host, the editor's `site_url`, so a
 * published entry's link opens its live page; a pull request's preview site copies them to its
 * root, moved into the preview, so an unpublished entry's link opens its page there. Pure.
 */
import type { CollectionName } from '../content/contract.ts';
import { pathTemplate } from '../content/layout.ts';
import { initiativesKey } from '../content/model.ts';
import type { PlannedPage } from '../routing/plan.ts';
import type { Location } from '../routing/urls.ts';
import type { Language } from '../sites/types.ts';

/**
 * The commit status the preview job of .github/workflows/deploy.yml sets on a pull request's head
 * commit, its target the preview site; the editor looks for it by this name (a unit test compares
 * the two).
 */
export const previewContext = 'deploy/preview';

/** The folder holding the entry addresses (no page path of a site starts with `_`). */
export const entryAddressFolder = '_entries';

/**
 * The entry address of an entry's page in a language: a file named after the entry, not a folder
 * per entry and language, since each folder costs the build a directory to create (thousands on a
 * large site, 16,500 of 27,000 directories at 10,000 pages).
 */
export function entryAddress(collection: CollectionName, key: string, lang: Language): string {
  return `/${entryAddressFolder}/${collection}/${key}.${lang}.html`;
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
  return `/${entryAddressFolder}/${collection}/${key}.{{locale}}.html`;
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

/**
 * Every entry address and the page it leads to. An entry shown on several sites (prevention
 * months, pages for all sites) leads to its regional page. A zone's local initiatives have no page
 * of their own: their address leads to the prevention page of their theme on that zone's host.
 */
export function addressTargets(
  plan: readonly PlannedPage[],
  regionId: string,
): Map<string, Location & { lang: Language }> {
  const targets = new Map<string, Location & { lang: Language }>();
  for (const page of plan) {
    if (!page.entry) continue;
    const { collection, key } = page.entry;
    const location = { host: page.host, path: page.path, lang: page.lang };
    const address = entryAddress(collection, key, page.lang);
    if (!targets.has(address) || page.siteId === regionId) targets.set(address, location);
    if (collection === 'prevention' && page.siteId !== regionId) {
      targets.set(entryAddress('initiatives', initiativesKey(key, page.siteId), page.lang), location);
    }
  }
  return targets;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The page at an entry address: an immediate redirect (no script, which the CSP would refuse) to
 * the entry's page, never indexed. Its link is absolute: the preview site moves it into the preview.
 */
export function addressPage(url: string, lang: Language): string {
  const href = escapeHtml(url);
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
<meta http-equiv="refresh" content="0; url=${href}"><title>${href}</title></head>
<body><p><a href="${href}">${href}</a></p></body></html>
`;
}
