import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { entryFile } from '../../src/content/layout.ts';
import type { PlannedPage } from '../../src/routing/plan.ts';
import { hosts, siteEditions } from '../../src/sites/registry.ts';
import { distDir, pagePlan, root, testBuilds } from '../support/builds.ts';
import { fileFor, htmlPages, page, searchIndexPages } from '../support/dist.ts';

const build = testBuilds.sample;
const dist = distDir(build);
const plan = pagePlan(build);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

interface UrlEntry {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: Array<{ hreflang: string; href: string }> | { hreflang: string; href: string };
}
function sitemapUrls(host: string): UrlEntry[] {
  const index = xml.parse(readFileSync(join(dist, host, 'sitemap-index.xml'), 'utf8'));
  return list(index.sitemapindex.sitemap).flatMap((s: { loc: string }) => {
    const file = new URL(s.loc).pathname;
    const text = readFileSync(join(dist, host, file), 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    return list(xml.parse(text).urlset.url) as UrlEntry[];
  });
}

describe('sitemaps', () => {
  it.each([...hosts])(
    '%s: every URL exists, alternates are reciprocal, no noindex (draft, search) or 404 page',
    (host) => {
      const urls = sitemapUrls(host);
      expect(urls.length).toBeGreaterThan(3);
      for (const u of urls) {
        const url = new URL(u.loc);
        expect(url.host).toBe(host);
        expect(fileFor(dist, host, url.pathname), u.loc).not.toBeNull();
        const $ = page(dist, host, url.pathname);
        expect($('meta[name=robots]').length, u.loc).toBe(0);
        for (const alt of list(u['xhtml:link']).filter((l) => l.hreflang !== 'x-default' && l.href !== u.loc)) {
          const other = new URL(alt.href);
          const back = sitemapUrls(other.host).find((x) => x.loc === alt.href);
          expect(back, `${u.loc} -> ${alt.href}`).toBeDefined();
          expect(list(back!['xhtml:link']).map((l) => l.href)).toContain(u.loc);
        }
      }
      expect(urls.some((u) => u.loc.includes('404'))).toBe(false);
    },
  );

  it.each([...hosts])('%s: robots.txt points to its sitemap index', (host) => {
    expect(readFileSync(join(dist, host, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: https://${host}/sitemap-index.xml`,
    );
  });
});

/**
 * What an entry page's last change should be, found the way an author would: the file's `updated`
 * field, a synthesis's meeting date, else the day (Brussels) of the file's last commit.
 */
const expectedDays = new Map<string, string | undefined>();
function expectedLastChange(entry: NonNullable<PlannedPage['entry']>, lang: 'fr' | 'nl'): string | undefined {
  const file = ['md', 'mdx']
    .map((ext) => join(root, 'content', entryFile(entry.collection, entry.key, lang, ext)))
    .find((f) => existsSync(f))!;
  if (!expectedDays.has(file)) {
    const data = matter(readFileSync(file, 'utf8')).data as { updated?: Date; date?: Date };
    const fieldDate = data.updated ?? (entry.collection === 'consultations' ? data.date : undefined);
    const commit = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    const day = (d: Date) => d.toLocaleDateString('en-CA', { timeZone: 'Europe/Brussels' });
    expectedDays.set(
      file,
      fieldDate ? fieldDate.toISOString().slice(0, 10) : commit ? day(new Date(commit)) : undefined,
    );
  }
  return expectedDays.get(file);
}

describe('sitemaps say when each entry page last changed', () => {
  it.each(siteEditions.map((e) => [`${e.host}${e.basePath}`, e] as const))(
    '%s: <lastmod> on every entry page (its updated or meeting date, else its last commit), none on lists',
    (_, edition) => {
      const urls = new Map(sitemapUrls(edition.host).map((u) => [u.loc, u.lastmod]));
      const pages = plan.filter((p) => p.host === edition.host && p.lang === edition.lang && p.indexable);
      const entries = pages.filter((p) => p.entry);
      expect(entries.length).toBeGreaterThan(5);
      for (const p of entries) {
        const expected = expectedLastChange(p.entry!, p.lang);
        expect(expected, `${p.path}: the sample content is in git`).toBeDefined();
        expect(urls.get(`https://${p.host}${p.path}`), p.path).toBe(expected);
      }
      for (const p of pages.filter((x) => !x.entry))
        expect(urls.get(`https://${p.host}${p.path}`), p.path).toBeUndefined();
    },
  );

  it('dates Focus brochures by their updated field and syntheses by their meeting', () => {
    const focus = plan.find((p) => p.entry?.key === 'diabetes-type-2' && p.lang === 'fr')!;
    const data = matter(readFileSync(join(root, 'content', entryFile('focus', 'diabetes-type-2', 'fr')), 'utf8')).data;
    expect(sitemapUrls(focus.host).find((u) => u.loc.endsWith(focus.path))!.lastmod).toBe(
      (data.updated as Date).toISOString().slice(0, 10),
    );
  });
});

describe('metadata for search engines and sharing', () => {
  it('every indexable page has a description, og: and twitter: tags', () => {
    for (const p of plan.filter((x) => x.indexable)) {
      const $ = page(dist, p.host, p.path);
      const where = `${p.host}${p.path}`;
      expect($('meta[name=description]').attr('content'), where).toBeTruthy();
      expect($('meta[property="og:url"]').attr('content'), where).toBe(`https://${p.host}${p.path}`);
      expect($('meta[property="og:title"]').attr('content'), where).toBeTruthy();
      expect($('meta[name="twitter:card"]').attr('content'), where).toBe('summary');
    }
  });

  it('homes carry Organization JSON-LD; Focus, syntheses and Zinneke articles carry Article with dates', () => {
    const ld = (host: string, path: string) =>
      JSON.parse(page(dist, host, path)('script[type="application/ld+json"]').text() || 'null');
    expect(ld('bassin-sud.brussels', '/')).toMatchObject({
      '@type': 'Organization',
      name: 'Bassin Sud',
      email: 'info@bassin-sud.brussels',
    });
    for (const kind of ['focus', 'consultation', 'zinnekeArticle']) {
      const p = plan.find((x) => x.ref.kind === kind && x.lang === 'nl')!;
      const data = ld(p.host, p.path);
      expect(data['@type'], kind).toBe('Article');
      expect(data.dateModified, kind).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(data.inLanguage).toBe('nl-BE');
    }
  });
});

describe('feeds', () => {
  it.each(siteEditions.map((e) => [`${e.host}${e.basePath}`, e] as const))(
    '%s has an RSS feed in its language, linked from its pages',
    (_, edition) => {
      const path = `${edition.basePath}rss.xml`;
      const text = readFileSync(join(dist, edition.host, path), 'utf8');
      expect(XMLValidator.validate(text)).toBe(true);
      const channel = xml.parse(text).rss.channel;
      expect(channel.language).toBe(edition.lang);
      const items = list(channel.item) as Array<{ link: string; title: string }>;
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        const url = new URL(item.link);
        expect(url.host).toBe(edition.host);
        expect(fileFor(dist, url.host, url.pathname), item.link).not.toBeNull();
        expect(page(dist, url.host, url.pathname)('html').attr('lang')).toBe(edition.lang);
      }
      const home = page(dist, edition.host, edition.basePath);
      expect(home('link[type="application/rss+xml"]').attr('href')).toBe(path);
    },
  );

  it.each(['/', '/nl/'])(
    'brusano.brussels%srss.xml dates Zinneke articles, which have no date field, by their last commit',
    (base) => {
      const channel = xml.parse(readFileSync(join(dist, 'brusano.brussels', `${base}rss.xml`), 'utf8')).rss.channel;
      const articles = (list(channel.item) as Array<{ link: string; pubDate: string }>).flatMap((item) => {
        const p = plan.find((x) => `https://${x.host}${x.path}` === item.link && x.ref.kind === 'zinnekeArticle');
        return p ? [{ item, p }] : [];
      });
      expect(articles.length).toBeGreaterThan(2);
      for (const { item, p } of articles) {
        expect(new Date(item.pubDate).toISOString().slice(0, 10), item.link).toBe(expectedLastChange(p.entry!, p.lang));
      }
    },
  );

  it('the Focus RSS of the region lists the Focus brochures and Zinneke', () => {
    const items = list(
      xml.parse(readFileSync(join(dist, 'brusano.brussels/rss.xml'), 'utf8')).rss.channel.item,
    ) as Array<{ link: string }>;
    expect(items.some((i) => i.link.includes('/publications/focus/'))).toBe(true);
    expect(items.some((i) => i.link.includes('/zinneke/'))).toBe(true);
  });

  it.each(siteEditions.map((e) => [`${e.host}${e.basePath}`, e] as const))(
    '%s has an iCalendar feed of upcoming events that parses',
    (_, edition) => {
      const text = readFileSync(join(dist, edition.host, `${edition.basePath}agenda.ics`), 'utf8');
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      for (const event of events) {
        expect(event.startDate.toJSDate().getTime()).toBeGreaterThanOrEqual(new Date('2025-10-14').getTime());
        expect(event.uid).toMatch(/@brusano\.brussels$/);
      }
      if (edition.site.kind === 'zone') {
        // Each zone has local initiatives dated in the autumn 2025 themes of the sample content.
        expect(events.length, edition.host).toBeGreaterThan(0);
      }
    },
  );
});

describe('search index of each host', () => {
  // The contract fixture has French-only entries, whose pages carry the untranslated notice.
  for (const b of [testBuilds.sample, testBuilds.contract]) {
    const d = distDir(b);
    const p = pagePlan(b);
    it.each([...hosts])(`${b.name}: %s holds every indexable page and nothing else`, (host) => {
      const indexed = searchIndexPages(d, host);
      const expected = p.filter((x) => x.host === host && x.indexable).map((x) => x.path);
      // No search page, 404, draft or scheduled entry: exactly the pages search engines get too.
      expect(indexed.map((x) => x.url).sort()).toEqual(expected.sort());
      // A page without translation is indexed for its content, never for the notice saying so.
      expect(indexed.filter((x) => /n'existe pas en|bestaat niet in het/.test(x.content)).map((x) => x.url)).toEqual(
        [],
      );
    });
  }

  it('indexes list pages for their own words, not for the entries they list', () => {
    const host = 'zorgzone-zuid.brussels';
    const indexed = searchIndexPages(dist, host);
    const theme = plan.find((p) => p.host === host && p.entry?.key === '2025-07-hydration')!;
    const title = page(dist, host, theme.path)('h1').text();
    // The theme's own page is found by its title; the calendars and the home that list it are not.
    expect(indexed.filter((x) => x.content.includes(title)).map((x) => x.url)).toEqual([theme.path]);
    expect(
      page(dist, host, '/')(`a[href="${theme.path}"]`).length +
        page(dist, host, '/preventie/')(`a[href="${theme.path}"]`).length,
    ).toBeGreaterThan(0);
  });

  it('is tested on pages that carry the untranslated notice', () => {
    const d = distDir(testBuilds.contract);
    const withNotice = searchIndexPages(d, 'bassin-sud.brussels').filter(
      (x) => page(d, 'bassin-sud.brussels', x.url)('[data-untranslated-notice]').length,
    );
    expect(withNotice.length).toBeGreaterThan(0);
  });
});

describe('pages other than search carry no search script', () => {
  it.each([...hosts])('%s', (host) => {
    for (const path of htmlPages(dist, host)) {
      const scripts = page(
        dist,
        host,
        path,
      )('script[src]')
        .toArray()
        .map((s) => s.attribs.src!);
      const isSearch = plan.some((p) => p.host === host && p.path === path && p.ref.kind === 'search');
      if (!isSearch)
        expect(
          scripts.filter((s) => /search|pagefind/i.test(s)),
          `${host}${path}`,
        ).toEqual([]);
    }
  });
});

describe('sitemaps against the sitemap schema', () => {
  // sitemap.xsd ships with the sitemap package; the alternates' xhtml:link gets a small local schema
  // (the full XHTML schema is online only, and tests have no network).
  const schemaDir = mkdtempSync(join(tmpdir(), 'sitemap-xsd-'));
  const fixture = join(root, 'tests/fixtures/sitemap-schema');
  writeFileSync(join(schemaDir, 'xhtml-link.xsd'), readFileSync(join(fixture, 'xhtml-link.xsd')));
  writeFileSync(
    join(schemaDir, 'combined.xsd'),
    readFileSync(join(fixture, 'sitemap-with-alternates.xsd'), 'utf8').replace(
      'SITEMAP_XSD',
      join(root, 'node_modules/sitemap/schema/sitemap.xsd'),
    ),
  );

  const validate = (schema: string, file: string) => {
    const run = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
    expect(run.error, 'xmllint is needed: apt-get install libxml2-utils').toBeUndefined();
    expect(run.stderr.trim()).toBe(`${file} validates`);
  };

  it.each([...hosts])('%s: the sitemap index and every sitemap validate', (host) => {
    const indexFile = join(dist, host, 'sitemap-index.xml');
    validate(join(fixture, 'siteindex.xsd'), indexFile);
    const index = xml.parse(readFileSync(indexFile, 'utf8'));
    for (const entry of list(index.sitemapindex.sitemap) as Array<{ loc: string }>) {
      validate(join(schemaDir, 'combined.xsd'), join(dist, host, new URL(entry.loc).pathname));
    }
  });
});
