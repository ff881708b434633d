/**
 * Each host's icons and web app manifest: where they are published and what the manifest says,
 * from the registry. The pipeline draws the images (src/pipeline/icons.ts); pages link them.
 */
import { editionsOnHost } from './registry.ts';

/** Paths on every host. */
export const iconPaths = {
  /** Browsers ask for /favicon.ico on their own, whatever the page links: it must exist. */
  ico: '/favicon.ico',
  svg: '/favicon.svg',
  appleTouch: '/apple-touch-icon.png',
  manifest: '/manifest.webmanifest',
} as const;

/** Square PNG sizes inside favicon.ico. */
export const icoSizes = [16, 32, 48] as const;
export const appleTouchSize = 180;
/** Sizes the manifest offers (192 and 512 are what browsers ask for when a site is installed). */
export const manifestIconSizes = [192, 512] as const;

export const manifestIconPath = (size: number) => `/icon-${size}.png`;

/** The site a host shows first (the region's French half at '/'). */
function mainEdition(host: string) {
  const editions = editionsOnHost(host);
  return editions.find((e) => e.basePath === '/') ?? editions[0]!;
}

export function themeColour(host: string): string {
  return mainEdition(host).site.branding.primary;
}

/** The web app manifest of a host: the site's name, language and colour. */
export function webManifest(host: string): Record<string, unknown> {
  const { site, lang, basePath } = mainEdition(host);
  return {
    name: site.name[lang],
    short_name: site.name[lang],
    lang,
    start_url: basePath,
    scope: '/',
    display: 'browser',
    theme_color: site.branding.primary,
    background_color: '#ffffff',
    icons: [
      ...manifestIconSizes.map((size) => ({
        src: manifestIconPath(size),
        sizes: `${size}x${size}`,
        type: 'image/png',
      })),
      { src: iconPaths.svg, sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
