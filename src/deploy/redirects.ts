/** `_redirects` (Cloudflare Pages / Netlify syntax): readers who type another edition's prefix land on it. */
import { editionsOnHost, siteEditions } from '../sites/registry.ts';

export interface Redirect {
  from: string;
  to: string;
  status: 301;
}

/** A reader who types /nl/ on a French zone host (or /fr/ anywhere) lands on the right edition. */
export function redirects(host: string): Redirect[] {
  const rules: Redirect[] = [];
  for (const edition of editionsOnHost(host)) {
    if (edition.basePath !== '/') continue;
    const other = siteEditions.find((e) => e.site.id === edition.site.id && e.lang !== edition.lang)!;
    if (other.host !== host) {
      rules.push({ from: `/${other.lang}/*`, to: `https://${other.host}${other.basePath}:splat`, status: 301 });
    }
    rules.push({ from: `/${edition.lang}/*`, to: `/:splat`, status: 301 });
  }
  return rules;
}

export function redirectsFile(host: string): string {
  return redirects(host)
    .map((r) => `${r.from} ${r.to} ${r.status}`)
    .join('\n')
    .concat('\n');
}

