/** Reading a built dist/ as a reader's browser would: files per host, parsed HTML, link targets. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import { entryAddressFolder } from '../../src/editor/preview-links.ts';
import { editorPath } from '../../src/editor/settings.ts';

export function hostFolders(dist: string): string[] {
  return readdirSync(dist).filter((name) => statSync(join(dist, name)).isDirectory());
}

function walk(dir: string, skip: (rel: string) => boolean, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    const rel = relative(base, full);
    if (skip(rel)) return [];
    return statSync(full).isDirectory() ? walk(full, skip, base) : [rel];
  });
}

/**
 * Every HTML page readers see on a host, as its path on the host ('/x/' for x/index.html); not the
 * web editor, nor the redirects its preview links go through (src/editor/preview-links.ts).
 */
export function htmlPages(dist: string, host: string): string[] {
  const editor = editorPath.slice(1, -1);
  return walk(
    join(dist, host),
    (rel) => rel.startsWith('pagefind') || rel.startsWith('_astro') || rel === editor || rel === entryAddressFolder,
  )
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/\\/g, '/')}`.replace(/index\.html$/, ''))
    .sort();
}

const cache = new Map<string, CheerioAPI>();
export function page(dist: string, host: string, path: string): CheerioAPI {
  const file = fileFor(dist, host, path);
  if (!file) throw new Error(`No page at https://${host}${path}`);
  if (!cache.has(file)) cache.set(file, load(readFileSync(file, 'utf8')));
  return cache.get(file)!;
}

/** The file a URL path is served from on a static host, or null if there is none. */
export function fileFor(dist: string, host: string, path: string): string | null {
  const clean = decodeURI(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  for (const c of candidates) {
    const file = join(dist, host, c);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** A link as { host, path } if it points into one of the built hosts, else null (external, mailto, tel). */
export function resolveLink(
  fromHost: string,
  href: string,
  hosts: readonly string[],
): { host: string; path: string } | null {
  if (/^(mailto|tel):/.test(href) || href.startsWith('#')) return null;
  const url = new URL(href, `https://${fromHost}/`);
  if (!hosts.includes(url.host)) return null;
  return { host: url.host, path: url.pathname };
}

/** The pages a host's Pagefind index holds, as Pagefind stored them (gzipped fragments with a signature). */
export function searchIndexPages(dist: string, host: string): Array<{ url: string; content: string }> {
  const dir = join(dist, host, 'pagefind/fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
}
