/**
 * The URL resolver: the one place that turns (site edition, page reference)
 * into a path on a host, and decides whether a link crosses hosts.
 */
import type { ConsultationTheme } from '../content/contract.ts';
import { devPort } from '../settings.ts';
import { ui } from '../i18n/index.ts';
import type { SiteEdition } from '../sites/registry.ts';
import type { Language } from '../sites/types.ts';

/** What a page is, independent of its language's words. Slugs are in the page's language. */
export type PageRef =
  | { kind: 'home' }
  | { kind: 'notFound' }
  | { kind: 'search' }
  | { kind: 'focusIndex' }
  | { kind: 'focus'; slug: string }
  | { kind: 'preventionIndex' }
  | { kind: 'preventionYear'; year: number }
  | { kind: 'prevention'; slug: string }
  | { kind: 'consultationsIndex' }
  | { kind: 'consultationTheme'; theme: ConsultationTheme }
  | { kind: 'consultation'; theme: ConsultationTheme; slug: string }
  | { kind: 'zinnekeIndex' }
  | { kind: 'zinnekeIssue'; issue: string }
  | { kind: 'zinnekeArticle'; issue: string; slug: string }
  | { kind: 'page'; slug: string };

export type PageKind = PageRef['kind'];

/** Path of a page below its edition's base path, with a trailing slash ('' for home). */
export function relativePath(ref: PageRef, lang: Language): string {
  const words = ui(lang).paths;
  switch (ref.kind) {
    case 'home':
      return '';
    case 'notFound':
      return '404.html';
    case 'search':
      return `${words.search}/`;
    case 'focusIndex':
      return `${words.focus}/`;
    case 'focus':
      return `${words.focus}/${ref.slug}/`;
    case 'preventionIndex':
      return `${words.prevention}/`;
    case 'preventionYear':
      return `${words.prevention}/${ref.year}/`;
    case 'prevention':
      return `${words.prevention}/${ref.slug}/`;
    case 'consultationsIndex':
      return `${words.consultations}/`;
    case 'consultationTheme':
      return `${words.consultations}/${words.consultationThemes[ref.theme]}/`;
    case 'consultation':
      return `${words.consultations}/${words.consultationThemes[ref.theme]}/${ref.slug}/`;
    case 'zinnekeIndex':
      return `${words.zinneke}/`;
    case 'zinnekeIssue':
      return `${words.zinneke}/${ref.issue}/`;
    case 'zinnekeArticle':
      return `${words.zinneke}/${ref.issue}/${ref.slug}/`;
    case 'page':
      return `${ref.slug}/`;
  }
}

/** The first path segment of every collection route, per language: site pages may not take them. */
export function reservedSegments(lang: Language): string[] {
  const words = ui(lang).paths;
  return [
    words.focus,
    words.prevention,
    words.consultations,
    words.zinneke,
    words.search,
    'nl',
    'pagefind',
    '_astro',
  ].map((w) => w.split('/')[0]!);
}

export interface Location {
  host: string;
  /** Absolute path on the host, starting with '/'. */
  path: string;
}

export function locate(edition: Pick<SiteEdition, 'host' | 'basePath' | 'lang'>, ref: PageRef): Location {
  return { host: edition.host, path: edition.basePath + relativePath(ref, edition.lang) };
}

// The dev server's port, read once: `npm run dev` sets it before this module loads (scripts/dev.ts),
// and reading the environment for every absolute URL cost the render thread 0.2 s at 21,416 pages.
const port = devPort();

/** Where a host is reached: `https://<host>`, or under `npm run dev` the dev server's `http://<host>.localhost:<port>`. */
export function origin(host: string): string {
  return port ? `http://${host}.localhost:${port}` : `https://${host}`;
}

export function absoluteUrl(location: Location): string {
  return `${origin(location.host)}${location.path}`;
}

/** A link as written in a page on `fromHost`: a root-relative path on the same host, a full URL across hosts. */
export function href(fromHost: string, to: Location): string {
  return to.host === fromHost ? to.path : absoluteUrl(to);
}

/** Where an edition publishes its feeds (the region's Dutch feeds live under /nl/). */
export function feedLocation(edition: Pick<SiteEdition, 'host' | 'basePath'>, feed: 'rss' | 'calendar'): Location {
  return { host: edition.host, path: `${edition.basePath}${feed === 'rss' ? 'rss.xml' : 'agenda.ics'}` };
}
