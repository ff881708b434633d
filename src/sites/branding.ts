import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { remembered } from '../remembered.ts';
import { logoPath } from './registry.ts';
import type { Branding, Site } from './types.ts';

export function brandCss(site: Site): string {
  const { primary, primaryDark, tint } = site.branding;
  return `:root{--brand:${primary};--brand-dark:${primaryDark};--brand-tint:${tint}}\n`;
}

const logos = new Map<string, string>();

/** A site's logo as inline SVG markup. */
export function logoSvg(site: Site): string {
  return remembered(logos, site.id, () => readFileSync(logoPath(site), 'utf8').replace(/<\?xml[^>]*>\s*/, ''));
}

const brandCssPaths = new Map<Site, string>();

/**
 * Path of a site's palette stylesheet: named by its content's hash, so it can be cached for good.
 * Every page links it: hashed once per site (and registry object), not once per page.
 */
export function brandCssPath(site: Site): string {
  return remembered(brandCssPaths, site, () => {
    const hash = createHash('sha256').update(brandCss(site)).digest('hex').slice(0, 10);
    return `/brand/${site.id}.${hash}.css`;
  });
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour pairs a palette is used in: each must reach 4.5:1 (WCAG 2.1 AA, normal text). */
export function brandingPairs(b: Branding, text = '#1a1a1a'): Array<[string, string, string]> {
  return [
    ['white text on primary', '#ffffff', b.primary],
    ['white text on primary-dark', '#ffffff', b.primaryDark],
    ['primary links on white', b.primary, '#ffffff'],
    ['primary links on tint', b.primary, b.tint],
    ['body text on tint', text, b.tint],
  ];
}
