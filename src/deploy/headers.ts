/**
 * HTTP headers of every host, as Cloudflare Pages / Netlify `_headers`: a strict
 * Content-Security-Policy and the other security headers, caching, CORS on the search index.
 * Derived from the registry and the URL resolver: no host name or path is written by hand.
 */
import { editorHeaderRules } from '../editor/headers.ts';
import { locate } from '../routing/urls.ts';
import { searchBundlePath, searchPeers, searchReaders } from '../search/config.ts';
import { editionsOnHost } from '../sites/registry.ts';

/** Video platforms the click-to-load player may frame, after the reader's click. */
export const videoFrameSources = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

/** One year, the minimum the HSTS preload list accepts (and twice what the HTTP Observatory asks). */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

/**
 * The policy of a page. `search` is for what runs Pagefind, which compiles its WebAssembly
 * index: the search pages and Pagefind's bundle alone get 'wasm-unsafe-eval' (never
 * 'unsafe-eval', never 'unsafe-inline').
 */
export function contentSecurityPolicy(host: string, { search = false } = {}): string {
  const peers = searchPeers(host).map((h) => `https://${h}`);
  return [
    "default-src 'self'",
    search ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${peers.join(' ')}`.trim(),
    "worker-src 'self'",
    `frame-src ${videoFrameSources.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const securityHeaders = (host: string): Record<string, string> => ({
  'Content-Security-Policy': contentSecurityPolicy(host),
  'Strict-Transport-Security': strictTransportSecurity,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  // Nothing of a host is embedded by another origin, except its search index (below).
  'Cross-Origin-Resource-Policy': 'same-origin',
});

const shortCache = 'public, max-age=0, must-revalidate';
export const longCache = 'public, max-age=31536000, immutable';

export interface HeaderRule {
  /** A `_headers` path: exact (`/recherche/`) or a prefix ending in `*` (`/_astro/*`). */
  path: string;
  headers: Record<string, string>;
  /** Headers an earlier, wider rule set that this rule replaces (Cloudflare's `! Name`). */
  replaces?: string[];
}

/** The search page of every edition a host serves (the region serves two), from the URL resolver. */
export function searchPagePaths(host: string): string[] {
  return editionsOnHost(host).map((edition) => locate(edition, { kind: 'search' }).path);
}

/** Rules in `_headers` order: the wide rule first, then narrower rules that add or replace headers. */
export function headerRules(host: string): HeaderRule[] {
  const searchPolicy = { 'Content-Security-Policy': contentSecurityPolicy(host, { search: true }) };
  return [
    { path: '/*', headers: { ...securityHeaders(host), 'Cache-Control': shortCache } },
    { path: '/_astro/*', headers: { 'Cache-Control': longCache }, replaces: ['Cache-Control'] },
    { path: '/brand/*', headers: { 'Cache-Control': longCache }, replaces: ['Cache-Control'] },
    ...searchPagePaths(host).map((path) => ({ path, headers: searchPolicy, replaces: ['Content-Security-Policy'] })),
    searchBundleRule(host, searchPolicy),
    // The web editor on the regional host: its own policy under its path (src/editor/headers.ts).
    ...editorHeaderRules(host, longCache),
  ];
}

/**
 * Pagefind compiles its index in a worker (pagefind-worker.js), and a worker follows the policy
 * its own script is served with: the bundle gets the search pages' policy (on its data files a
 * policy has no effect). Other hosts' search pages merge this index: CORS, and a cross-origin
 * resource policy there only.
 */
function searchBundleRule(host: string, searchPolicy: Record<string, string>): HeaderRule {
  const path = `${searchBundlePath}*`;
  if (searchReaders(host).length === 0) return { path, headers: searchPolicy, replaces: ['Content-Security-Policy'] };
  return {
    path,
    headers: {
      ...searchPolicy,
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    },
    replaces: ['Content-Security-Policy', 'Cross-Origin-Resource-Policy'],
  };
}

/** Whether a `_headers` rule path applies to a URL path. */
export function ruleMatches(rulePath: string, path: string): boolean {
  return rulePath.endsWith('*') ? path.startsWith(rulePath.slice(0, -1)) : path === rulePath;
}

/**
 * The headers a URL path gets, as Cloudflare Pages applies `_headers`: every matching rule in order,
 * a header set twice combined into one comma-separated value, `! Name` detaching the earlier value.
 * nginx has no such merging, so its server block spells out the result per location.
 */
export function headersAt(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => ruleMatches(r.path, path))) {
    for (const name of rule.replaces ?? []) delete headers[name];
    for (const [name, value] of Object.entries(rule.headers))
      headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

export function headersFile(host: string): string {
  return headerRules(host)
    .map((rule) =>
      [
        rule.path,
        ...(rule.replaces ?? []).map((name) => `  ! ${name}`),
        ...Object.entries(rule.headers).map(([k, v]) => `  ${k}: ${v}`),
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}
