/**
 * Per-host sitemaps and robots.txt. @astrojs/sitemap writes one sitemap for one
 * site and pairs languages by identical paths on one host; our pages span 11 hosts
 * with translated slugs, so we write them with the `sitemap` library it is built on.
 */
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import type { LinkItem } from 'sitemap';
import type { PlannedPage } from '../routing/plan.ts';
import { absoluteUrl } from '../routing/urls.ts';

export interface SitemapUrl {
  url: string;
  links: LinkItem[];
  /** YYYY-MM-DD, on entry pages. */
  lastmod?: string;
}

/** The indexable pages of a host, each with its cross-host language alternates. */
export function sitemapUrls(plan: readonly PlannedPage[], host: string): SitemapUrl[] {
  return plan
    .filter((p) => p.host === host && p.indexable)
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((p) => {
      const self = absoluteUrl(p);
      const lastmod = p.lastModified ? { lastmod: p.lastModified } : {};
      if (!p.counterpart) return { url: self, links: [], ...lastmod };
      const other = absoluteUrl(p.counterpart);
      const fr = p.lang === 'fr' ? self : other;
      const nl = p.lang === 'nl' ? self : other;
      return {
        url: self,
        ...lastmod,
        links: [
          { lang: 'fr', url: fr },
          { lang: 'nl', url: nl },
          { lang: 'x-default', url: fr },
        ],
      };
    });
}

async function render(stream: SitemapStream | SitemapIndexStream, items: unknown[]): Promise<string> {
  for (const item of items) stream.write(item);
  stream.end();
  return (await streamToPromise(stream)).toString('utf8');
}

export const sitemapIndexName = 'sitemap-index.xml';
const sitemapName = 'sitemap-0.xml';

export async function sitemapFiles(plan: readonly PlannedPage[], host: string): Promise<Record<string, string>> {
  const origin = `https://${host}`;
  const urls = await render(
    new SitemapStream({
      hostname: origin,
      xmlns: { xhtml: true, news: false, image: false, video: false },
      lastmodDateOnly: true,
    }),
    sitemapUrls(plan, host),
  );
  const index = await render(new SitemapIndexStream(), [{ url: `${origin}/${sitemapName}` }]);
  return { [sitemapName]: urls, [sitemapIndexName]: index };
}

export function robotsTxt(host: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: https://${host}/${sitemapIndexName}\n`;
}
