/**
 * The preview site of a pull request: every built host in one static site, each under its own
 * folder (`<base><host>/`), so that one upload to any static host shows all of them. The pages
 * are rewritten so that every link, asset and search index stays inside the preview: links to any
 * host of the network become links to its folder, root-relative paths get the folder of the page's
 * host. Every page says `noindex`, and the site's own `_headers` and `robots.txt` say it again.
 * Pure functions; scripts/preview-site.ts applies them to a built `dist/`.
 */
import { ui } from '../i18n/index.ts';
import { escapeHtml } from '../layouts/html.ts';
import type { SiteEdition } from '../sites/registry.ts';
import { languages } from '../sites/types.ts';

export interface PreviewPlace {
  /** The path the preview site is served from, with slashes at both ends: `/`, `/pr-12/`. */
  base: string;
  /** The host whose file is rewritten. */
  host: string;
  /** Every host of the network: their absolute URLs are moved into the preview. */
  hosts: readonly string[];
}

/** Where a host's root lives in the preview site. */
export function previewRoot(base: string, host: string): string {
  return `${base}${host}/`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `https://<host>/path` of any network host → `<base><host>/path`. */
export function rewriteAbsolute(text: string, place: PreviewPlace): string {
  if (place.hosts.length === 0) return text;
  const names = [...place.hosts].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?:https?:)?//(${names.join('|')})(?![\\w.-])(/?)`, 'g');
  return text.replace(pattern, (_match, host: string) => previewRoot(place.base, host));
}

/** A root-relative path (`/x`, not `//x`) moved under the page's host folder; anything else as is. */
function underHost(url: string, place: PreviewPlace): string {
  return url.startsWith('/') && !url.startsWith('//') ? previewRoot(place.base, place.host) + url.slice(1) : url;
}

const urlAttribute = /(\s(?:href|src|action|poster|data-[\w-]+)=)(["'])(\/(?!\/)[^"']*)\2/g;
const srcsetAttribute = /(\ssrcset=)(["'])([^"']*)\2/g;
const cssUrl = /url\((["']?)(\/(?!\/)[^"')]*)\1\)/g;
const jsonScript = /(<script\b[^>]*\btype=["']application\/json["'][^>]*>)([\s\S]*?)(<\/script>)/g;
const jsonPathValue = /(:\s*")(\/(?!\/)[^"]*)"/g;

/** Root-relative URLs of CSS (`url(/…)`). */
export function rewriteCss(css: string, place: PreviewPlace): string {
  return rewriteAbsolute(
    css.replace(cssUrl, (_m, quote: string, url: string) => `url(${quote}${underHost(url, place)}${quote})`),
    place,
  );
}

/** Robots told not to index or follow, whatever the page said. */
export function noindex(html: string): string {
  const meta = '<meta name="robots" content="noindex, nofollow">';
  const existing = /<meta\s+name=["']robots["'][^>]*>/i;
  if (existing.test(html)) return html.replace(existing, meta);
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${meta}`);
}

/**
 * A page of `place.host`: URL attributes, `srcset`, inline `url()`, the paths in JSON data blocks
 * (the search page's settings), then absolute URLs of the network; and `noindex`.
 */
export function rewriteHtml(html: string, place: PreviewPlace): string {
  const relativeDone = html
    .replace(urlAttribute, (_m, name: string, quote: string, url: string) => `${name}${quote}${underHost(url, place)}${quote}`)
    .replace(srcsetAttribute, (_m, name: string, quote: string, list: string) => {
      const candidates = list.split(',').map((c) => c.replace(/^(\s*)(\S+)/, (_x, space: string, url: string) => space + underHost(url, place)));
      return `${name}${quote}${candidates.join(',')}${quote}`;
    })
    .replace(cssUrl, (_m, quote: string, url: string) => `url(${quote}${underHost(url, place)}${quote})`)
    .replace(jsonScript, (_m, open: string, json: string, close: string) => {
      const moved = json.replace(jsonPathValue, (_x, before: string, url: string) => `${before}${underHost(url, place)}"`);
      return open + moved + close;
    });
  return noindex(rewriteAbsolute(relativeDone, place));
}

/** What each kind of file needs, by its name; null: copied as is. */
export function rewriterFor(file: string): ((text: string, place: PreviewPlace) => string) | null {
  if (file.endsWith('.html')) return rewriteHtml;
  if (file.endsWith('.css')) return rewriteCss;
  if (/\.(js|mjs|json|webmanifest|xml|txt|ics)$/.test(file)) return rewriteAbsolute;
  return null;
}

/** The preview site's home: every edition of every site, linked to its folder, in both languages. */
export function previewIndex(base: string, editions: readonly SiteEdition[]): string {
  const bySite = [...new Set(editions.map((e) => e.site))];
  const rows = bySite
    .map((site) => {
      const cells = languages
        .map((lang) => {
          const e = editions.find((x) => x.site === site && x.lang === lang);
          if (!e) return '<td>—</td>';
          const url = previewRoot(base, e.host) + e.basePath.slice(1);
          return `<td lang="${lang}"><a href="${escapeHtml(url)}">${escapeHtml(site.name[lang])}</a> <small>${escapeHtml(e.host + e.basePath)}</small></td>`;
        })
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('\n');
  const [fr, nl] = [ui('fr'), ui('nl')];
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(fr.previewSiteTitle)} / ${escapeHtml(nl.previewSiteTitle)}</title>
<style>body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1a1a1a}table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.4rem .7rem;text-align:left}small{color:#555}</style>
</head><body>
<h1>${escapeHtml(fr.previewSiteTitle)} <span lang="nl">/ ${escapeHtml(nl.previewSiteTitle)}</span></h1>
<p>${escapeHtml(fr.previewSiteLead)}</p>
<p lang="nl">${escapeHtml(nl.previewSiteLead)}</p>
<table><thead><tr><th scope="col">FR</th><th scope="col">NL</th></tr></thead><tbody>
${rows}
</tbody></table>
</body></html>
`;
}

/** The preview site's own deploy files: no host may index it (Cloudflare Pages / Netlify `_headers`). */
export const previewHeaders = '/*\n  X-Robots-Tag: noindex, nofollow\n';
export const previewRobots = 'User-agent: *\nDisallow: /\n';
