/**
 * Links between entries by key, not by URL: `[le Focus](focus:mental-health)`.
 * The checker verifies the target exists; the build rewrites the link to the
 * target's page on the right host, in the reader's language.
 */
import type { CollectionName } from './contract.ts';

export const referenceSchemes = {
  focus: 'focus',
  prevention: 'prevention',
  consultation: 'consultations',
  zinneke: 'zinneke',
  page: 'pages',
} as const;

export interface Reference {
  collection: Exclude<CollectionName, 'initiatives'>;
  key: string;
  fragment: string;
}

const pattern = /^(focus|prevention|consultation|zinneke|page):([a-z0-9][a-z0-9/-]*)(#[\w-]+)?$/;

/** The entry a link points to, if the link is a cross-reference. */
export function parseReference(href: string): Reference | null {
  const match = pattern.exec(href);
  if (!match) return null;
  const scheme = match[1] as keyof typeof referenceSchemes;
  const key = match[2]!.replace(/\/$/, '');
  const collection =
    scheme === 'zinneke' ? (key.includes('/') ? 'zinnekeArticles' : 'zinnekeIssues') : referenceSchemes[scheme];
  return { collection, key, fragment: match[3] ?? '' };
}

/** Every cross-reference in a markdown body: [text](scheme:key) and href="scheme:key" (MDX). */
export function findReferences(body: string): Array<{ href: string; line: number }> {
  const found: Array<{ href: string; line: number }> = [];
  body.split('\n').forEach((text, index) => {
    for (const m of text.matchAll(/\]\(\s*([a-z]+:[^)\s]+)\s*\)|href=["']([a-z]+:[^"']+)["']/g)) {
      const href = m[1] ?? m[2]!;
      if (/^(focus|prevention|consultation|zinneke|page):/.test(href)) found.push({ href, line: index + 1 });
    }
  });
  return found;
}
