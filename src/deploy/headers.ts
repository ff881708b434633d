/**
 * HTTP headers of every host, as Cloudflare Pages / Netlify `_headers`: a strict
 * Content-Security-Policy and the other security headers, caching, CORS on the search index.
 * Derived from the registry: no host name is written by hand.
 */
import { searchPeers, searchReaders } from '../search/config.ts';

/** Video platforms the click-to-load player may frame, after the reader's click. */
export const videoFrameSources = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

export function contentSecurityPolicy(host: string): string {
  const peers = searchPeers(host).map((h) => `https://${h}`);
  return [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly index: 'wasm-unsafe-eval', never 'unsafe-inline'.
    "script-src 'self' 'wasm-unsafe-eval'",
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
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
});

const shortCache = 'public, max-age=0, must-revalidate';
const longCache = 'public, max-age=31536000, immutable';

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
  /** Headers an earlier, wider rule set that this rule replaces (Cloudflare's `! Name`). */
  replaces?: string[];
}

export function headerRules(host: string): HeaderRule[] {
  const readers = searchReaders(host);
  return [
    { path: '/*', headers: { ...securityHeaders(host), 'Cache-Control': shortCache } },
    { path: '/_astro/*', headers: { 'Cache-Control': longCache }, replaces: ['Cache-Control'] },
    { path: '/brand/*', headers: { 'Cache-Control': longCache }, replaces: ['Cache-Control'] },
    ...(readers.length
      ? [
          {
            path: '/pagefind/*',
            headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS' },
          },
        ]
      : []),
  ];
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

