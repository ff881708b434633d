/**
 * The web editor's own HTTP headers, on its path only: a Content-Security-Policy limited to what
 * Sveltia CMS needs (it replaces the sites' policy there, which stays as strict everywhere else),
 * `noindex`, and a long cache for its hashed files. Tested with the real editor in Chromium
 * (tests/e2e/editor.test.ts) and, for GitHub, from Sveltia's sources (README, "The web editor").
 */
import type { HeaderRule } from '../deploy/headers.ts';
import { sites } from '../sites/registry.ts';
import { editorHost, editorPath, editorSettings, type EditorSettings } from './settings.ts';

/** GitHub's API (REST and GraphQL), its status page (the editor shows an outage notice) and avatars. */
export const githubOrigins = {
  connect: ['https://api.github.com', 'https://www.githubstatus.com'],
  img: ['https://avatars.githubusercontent.com'],
};

/** The origin of the sign-in helper, which also refreshes tokens; none until it is deployed. */
function authHelperOrigin(settings: EditorSettings): string[] {
  return settings.authHelper ? [new URL(settings.authHelper).origin] : [];
}

export function editorContentSecurityPolicy(settings: EditorSettings): string {
  return [
    "default-src 'self'",
    // No inline script and no eval: the npm build of Sveltia CMS needs neither.
    "script-src 'self'",
    // Svelte sets styles on elements; without this the editor's menus do not work.
    "style-src 'self' 'unsafe-inline'",
    // Previews of images being uploaded are blob: and data: URLs.
    `img-src 'self' blob: data: ${githubOrigins.img.join(' ')}`,
    "media-src 'self' blob:",
    "font-src 'self'",
    ['connect-src', "'self'", 'blob:', 'data:', ...githubOrigins.connect, ...authHelperOrigin(settings)].join(' '),
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The editor's rules on the host that serves it (none elsewhere), after the host's own: its
 * policy replaces the sites' under its path.
 */
export function editorHeaderRules(host: string, longCache: string): HeaderRule[] {
  if (host !== editorHost(sites)) return [];
  return [
    {
      path: `${editorPath}*`,
      headers: { 'Content-Security-Policy': editorContentSecurityPolicy(editorSettings), 'X-Robots-Tag': 'noindex' },
      replaces: ['Content-Security-Policy'],
    },
    { path: `${editorPath}assets/*`, headers: { 'Cache-Control': longCache }, replaces: ['Cache-Control'] },
  ];
}
