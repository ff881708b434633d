import { describe, expect, it } from 'vitest';
import { hosts, siteEditions } from '../../src/sites/registry.ts';
import { distDir, testBuilds } from '../support/builds.ts';
import { fileFor, htmlPages, page, resolveLink } from '../support/dist.ts';

const dist = distDir(testBuilds.sample);

/** The language a path on a host is published in, from the registry. */
function expectedLang(host: string, path: string): string {
  const editions = siteEditions.filter((e) => e.host === host).sort((a, b) => b.basePath.length - a.basePath.length);
  return editions.find((e) => path.startsWith(e.basePath))!.lang;
}

const allPages = hosts.flatMap((host) => htmlPages(dist, host).map((path) => ({ host, path })));

describe('every page of every host', () => {
  it('exists in numbers (sanity: the sample content was built)', () => {
    expect(allPages.length).toBeGreaterThan(200);
  });

  it('declares the language of its host (and of /nl/ on the region)', () => {
    const wrong = allPages.filter(
      ({ host, path }) => page(dist, host, path)('html').attr('lang') !== expectedLang(host, path),
    );
    expect(wrong).toEqual([]);
  });

  it('has a title and a canonical URL on its own host', () => {
    const problems = allPages.flatMap(({ host, path }) => {
      const $ = page(dist, host, path);
      const canonical = $('link[rel=canonical]').attr('href');
      const self = `https://${host}${path}`;
      return [
        !$('title').text().trim() && `${self}: no title`,
        canonical !== self && `${self}: canonical ${canonical}`,
      ].filter(Boolean);
    });
    expect(problems).toEqual([]);
  });

  it('has hreflang alternates that exist and link back', () => {
    const problems: string[] = [];
    for (const { host, path } of allPages) {
      const $ = page(dist, host, path);
      const self = `https://${host}${path}`;
      const alternates = $('link[rel=alternate][hreflang]')
        .toArray()
        .map((l) => ({ lang: $(l).attr('hreflang')!, href: $(l).attr('href')! }));
      if (alternates.length === 0) continue;
      if (!alternates.some((a) => a.href === self)) problems.push(`${self}: no alternate to itself`);
      for (const a of alternates.filter((a) => a.lang !== 'x-default' && a.href !== self)) {
        const target = new URL(a.href);
        if (!fileFor(dist, target.host, target.pathname)) {
          problems.push(`${self}: alternate ${a.href} does not exist`);
          continue;
        }
        const back = page(
          dist,
          target.host,
          target.pathname,
        )('link[rel=alternate][hreflang]')
          .toArray()
          .map((l) => l.attribs.href);
        if (!back.includes(self)) problems.push(`${self}: ${a.href} does not link back`);
        if (a.lang !== expectedLang(target.host, target.pathname))
          problems.push(`${self}: ${a.href} is not in ${a.lang}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('links only to files that exist, on its own host and across hosts', () => {
    const broken: string[] = [];
    for (const { host, path } of allPages) {
      const $ = page(dist, host, path);
      for (const el of $('a[href], link[href], img[src], script[src]').toArray()) {
        const ref = el.attribs.href ?? el.attribs.src!;
        const target = resolveLink(host, ref, hosts);
        if (target && !fileFor(dist, target.host, target.path)) broken.push(`https://${host}${path} -> ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('language switcher', () => {
  const switcher = (host: string, path: string) => page(dist, host, path)('[data-language-switcher]');

  it('leads to the translated page on the other host, with its translated slug', () => {
    expect(switcher('bassin-sud.brussels', '/concertations-thematiques/').attr('href')).toBe(
      'https://zorgzone-zuid.brussels/thematisch-overleg/',
    );
    expect(switcher('brusano.brussels', '/publications/focus/soins-palliatifs/').attr('href')).toBe(
      '/nl/publicaties/focus/palliatieve-zorg/',
    );
  });

  it('on a page with no translation, leads to the other home, says so, and points to the same section', () => {
    // The contract fixture has French-only entries (the sample content is fully translated).
    const fixture = distDir(testBuilds.contract);
    const $ = page(fixture, 'bassin-sud.brussels', '/concertations-thematiques/sante-mentale/2024-1/');
    const switcher = $('[data-language-switcher]');
    expect(switcher.attr('href')).toBe('https://zorgzone-zuid.brussels/');
    expect(switcher.text().trim()).toBe('Nederlands — startpagina');
    const notice = $('[data-untranslated-notice]');
    expect(notice.text()).toContain("Cette page n'existe pas en néerlandais.");
    // The Dutch line is for Dutch readers who landed here: it leads to their list of syntheses.
    expect(notice.find('[lang=nl]').text().trim()).toBe(
      'Deze pagina bestaat niet in het Nederlands. Bekijk de rubriek Thematisch overleg',
    );
    const link = notice.find('[lang=nl] a[data-untranslated-link]').attr('href')!;
    expect(link).toBe('https://zorgzone-zuid.brussels/thematisch-overleg/');
    expect(fileFor(fixture, 'zorgzone-zuid.brussels', new URL(link).pathname)).not.toBeNull();
    expect($('link[rel=alternate][hreflang]')).toHaveLength(0);

    const region = page(fixture, 'brusano.brussels', '/zinneke/01/un-outil/');
    expect(region('[data-language-switcher]').attr('href')).toBe('/nl/');
    expect(region('[data-untranslated-notice] a[data-untranslated-link]').attr('href')).toBe('/nl/zinneke/');
  });

  it('on a Dutch page with no translation, says so and points to the French section', () => {
    const later = distDir(testBuilds.later);
    const $ = page(later, 'zorgzone-zuid.brussels', '/thematisch-overleg/gezondheidscrisissen/2026-1/');
    const switcher = $('[data-language-switcher]');
    expect(switcher.attr('href')).toBe('https://bassin-sud.brussels/');
    expect(switcher.text().trim()).toBe("Français — page d'accueil");
    const notice = $('[data-untranslated-notice]');
    expect(notice.children('p').first().text()).toBe('Deze pagina bestaat niet in het Frans.');
    expect(notice.find('[lang=fr]').text().trim()).toBe(
      "Cette page n'existe pas en français. Consulter la rubrique Concertations thématiques",
    );
    expect(notice.find('[lang=fr] a').attr('href')).toBe('https://bassin-sud.brussels/concertations-thematiques/');
  });

  it('translated pages carry no untranslated notice', () => {
    const flagged = allPages.filter(
      ({ host, path }) => page(dist, host, path)('[data-untranslated-notice]').length > 0,
    );
    expect(flagged).toEqual([]);
  });
});
