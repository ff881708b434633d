/** JSON-LD for search engines: Organization on home pages, Article on publications. */
import { locale } from '../i18n/index.ts';
import type { Language, Site } from '../sites/types.ts';

export interface ArticleFacts {
  headline: string;
  description?: string | undefined;
  url: string;
  published?: Date | undefined;
  modified?: Date | undefined;
}

export function organizationLd(site: Site, lang: Language, url: string, email: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: site.name[lang],
    url,
    email,
    telephone: site.helpdesk.phone,
    address: {
      '@type': 'PostalAddress',
      ...(site.antenna.street && { streetAddress: site.antenna.street[lang] }),
      postalCode: site.antenna.postcode,
      addressLocality: site.antenna.municipality[lang],
      addressCountry: 'BE',
    },
    ...(site.kind === 'zone' && { parentOrganization: { '@type': 'Organization', name: 'Brusano' } }),
  };
}

export function articleLd(facts: ArticleFacts, lang: Language, publisher: string): Record<string, unknown> {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: facts.headline,
    ...(facts.description && { description: facts.description }),
    inLanguage: locale(lang),
    mainEntityOfPage: facts.url,
    ...(facts.published && { datePublished: day(facts.published) }),
    ...((facts.modified ?? facts.published) && { dateModified: day((facts.modified ?? facts.published)!) }),
    publisher: { '@type': 'Organization', name: publisher },
    author: { '@type': 'Organization', name: publisher },
  };
}
