/**
 * Rewrites cross-reference links (`focus:mental-health`) in the built pages to
 * the target's page: on the reader's site and in the reader's language when it
 * exists there, else where the target is published (another site, or the other
 * language). Markdown is rendered per entry, not per page, so each page is rewritten once the page
 * plan says where it is: by the build's page writer (src/pipeline/page-writer-worker.ts), and under
 * `npm run dev` by src/middleware.ts.
 */
import { parseReference } from '../content/cross-references.ts';
import { routeParam, type PlannedPage } from '../routing/plan.ts';
import { href } from '../routing/urls.ts';

export type ReferenceResolver = (link: string, from: PlannedPage) => string | null;

export function referenceResolver(plan: readonly PlannedPage[]): ReferenceResolver {
  const byEntry = new Map<string, PlannedPage[]>();
  for (const p of plan) {
    if (!p.entry) continue;
    const id = `${p.entry.collection}|${p.entry.key}`;
    byEntry.set(id, [...(byEntry.get(id) ?? []), p]);
  }
  return (link, from) => {
    const ref = parseReference(link);
    if (!ref) return null;
    const targets = byEntry.get(`${ref.collection}|${ref.key}`) ?? [];
    const rank = (p: PlannedPage) =>
      (p.lang === from.lang ? 0 : 4) + (p.siteId === from.siteId ? 0 : p.siteId === 'region' ? 1 : 2);
    const best = [...targets].sort((a, b) => rank(a) - rank(b))[0];
    return best ? href(from.host, best) + ref.fragment : null;
  };
}

const schemes = ['focus', 'prevention', 'consultation', 'zinneke', 'page'];
const referenceHref = new RegExp(`href="((?:${schemes.join('|')}):[^"]+)"`, 'g');
const hrefStarts = schemes.map((scheme) => Buffer.from(`href="${scheme}:`));

/**
 * Whether a page's HTML (as UTF-8 bytes) may hold a cross-reference link. Most pages hold none:
 * searching the bytes spares decoding and re-encoding them.
 */
export function mayHoldReferences(html: Uint8Array): boolean {
  const bytes = Buffer.from(html.buffer, html.byteOffset, html.byteLength);
  return hrefStarts.some((start) => bytes.includes(start));
}

export function rewriteReferences(html: string, from: PlannedPage, resolve: ReferenceResolver): string {
  return html.replace(referenceHref, (whole, link: string) => {
    const target = resolve(link, from);
    return target ? `href="${target}"` : whole;
  });
}

/**
 * A page's HTML (UTF-8) with its cross-references resolved: the same bytes when it holds none.
 * `routes` finds the page from its route (`routeOfPath`); a path that is no planned page is left as it is.
 */
export function resolvedPage(
  html: Uint8Array<ArrayBuffer>,
  route: string,
  routes: PageReferences,
): Uint8Array<ArrayBuffer> {
  const page = routes.pages.get(route);
  if (!page || !mayHoldReferences(html)) return html;
  return new TextEncoder().encode(rewriteReferences(new TextDecoder().decode(html), page, routes.resolve));
}

/** What resolving a page's references needs: the planned pages by route, and the resolver. */
export interface PageReferences {
  pages: Map<string, PlannedPage>;
  resolve: ReferenceResolver;
}

export function pageReferences(plan: readonly PlannedPage[]): PageReferences {
  return { pages: new Map(plan.map((page) => [routeParam(page), page])), resolve: referenceResolver(plan) };
}
