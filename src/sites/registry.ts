import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'astro/zod';
import { sitesFile } from '../settings.ts';
import { defaultSites } from './sites.ts';
import { languages, type Language, type Site } from './types.ts';

export { languages, type Language, type Site } from './types.ts';

const bilingual = z.object({ fr: z.string().min(1), nl: z.string().min(1) });
const colour = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour like #1d4f91');
const edition = z.object({
  host: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a host name like bassin-sud.brussels'),
  basePath: z.string().regex(/^\/([a-z]{2}\/)?$/, "'/' or a language prefix like '/nl/'"),
});

const siteSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  kind: z.enum(['region', 'zone']),
  name: bilingual,
  editions: z.object({ fr: edition, nl: edition }),
  branding: z.object({ primary: colour, primaryDark: colour, tint: colour }),
  logo: z.string().min(1),
  helpdesk: z.object({ phone: z.string().min(6) }),
  antenna: z.object({ street: bilingual.optional(), postcode: z.string(), municipality: bilingual }),
  openDays: bilingual.optional(),
});

const registrySchema = z.array(siteSchema).superRefine((sites, ctx) => {
  const ids = new Set<string>();
  const editions = new Set<string>();
  for (const site of sites) {
    if (ids.has(site.id)) ctx.addIssue({ code: 'custom', message: `Duplicate site id '${site.id}'` });
    ids.add(site.id);
    for (const lang of languages) {
      const key = site.editions[lang].host + site.editions[lang].basePath;
      if (editions.has(key)) ctx.addIssue({ code: 'custom', message: `Two editions share ${key}` });
      editions.add(key);
    }
  }
  if (sites.filter((s) => s.kind === 'region').length !== 1) {
    ctx.addIssue({ code: 'custom', message: 'The registry needs exactly one site of kind "region"' });
  }
});

/**
 * Tests (and a future eighth site trial) can swap the registry for a JSON file
 * without touching code: BRUSANO_SITES=path/to/sites.json.
 */
function loadSites(): Site[] {
  const file = sitesFile();
  const raw: unknown = file ? JSON.parse(readFileSync(resolve(file), 'utf8')) : defaultSites;
  const parsed = registrySchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid site registry${file ? ` in ${file}` : ''}:\n${z.prettifyError(parsed.error)}`);
  }
  // A JSON registry names its logos relative to itself.
  return file
    ? parsed.data.map((site) => ({ ...site, logo: resolve(dirname(resolve(file)), site.logo) }))
    : parsed.data;
}

export const sites: readonly Site[] = loadSites();
export const region: Site = sites.find((s) => s.kind === 'region')!;
export const zones: readonly Site[] = sites.filter((s) => s.kind === 'zone');
export const siteIds: readonly string[] = sites.map((s) => s.id);

export function getSite(id: string): Site {
  const site = sites.find((s) => s.id === id);
  if (!site) throw new Error(`Unknown site id '${id}'. Known: ${siteIds.join(', ')}`);
  return site;
}

export function isZone(id: string): boolean {
  return zones.some((z) => z.id === id);
}

/** One published (site, language) pair: what a reader sees at one host and base path. */
export interface SiteEdition {
  site: Site;
  lang: Language;
  host: string;
  basePath: string;
}

export const siteEditions: readonly SiteEdition[] = sites.flatMap((site) =>
  languages.map((lang) => ({ site, lang, ...site.editions[lang] })),
);

export function editionOf(site: Site, lang: Language): SiteEdition {
  return siteEditions.find((e) => e.site.id === site.id && e.lang === lang)!;
}

/** Every host to build, each with the editions it serves (the region serves two). */
export const hosts: readonly string[] = [...new Set(siteEditions.map((e) => e.host))];

export function editionsOnHost(host: string): SiteEdition[] {
  return siteEditions.filter((e) => e.host === host);
}

/** The helpdesk and contact address of a host is always its role address. */
export function contactEmail(edition: Pick<SiteEdition, 'host'>): string {
  return `info@${edition.host}`;
}

/** Absolute path of a site's logo file. */
export function logoPath(site: Site): string {
  return isAbsolute(site.logo) ? site.logo : resolve(process.cwd(), 'src/sites/logos', site.logo);
}
