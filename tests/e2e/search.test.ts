import { axeProblems } from '../support/axe.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widenBelow } from '../../src/search/config.ts';
import { siteEditions } from '../../src/sites/registry.ts';
import { distDir, pagePlan, testBuilds } from '../support/builds.ts';
import { launchChromium } from '../support/chromium.ts';
import { page as readPage, searchIndexPages } from '../support/dist.ts';
import { routeHosts } from '../support/virtual-hosts.ts';

const build = testBuilds.sample;
const dist = distDir(build);
const plan = pagePlan(build);

/** A word of a page's main text that no page of `elsewhere` contains: a search for it must find that page. */
function distinctiveWord(host: string, path: string, elsewhere: Array<{ host: string; path: string }>): string {
  const words = (text: string) => text.toLowerCase().match(/\p{L}{8,}/gu) ?? [];
  const other = new Set(elsewhere.flatMap((p) => words(readPage(dist, p.host, p.path)('main').text())));
  const word = words(readPage(dist, host, path)('main .prose').text()).find((w) => !other.has(w));
  if (!word) throw new Error(`No distinctive word on ${host}${path}`);
  return word;
}

async function searchFor(page: Page, term: string): Promise<void> {
  await page.fill('#search-input', term);
  await page.press('#search-input', 'Enter');
  await expect
    .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 })
    .toMatch(/\d|Aucun|Geen/);
}
const linksIn = (page: Page, selector: string) =>
  page.locator(`${selector} .search-result a`).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
/** This site's results (or every site's, when the reader chose every site). */
const resultLinks = (page: Page) => linksIn(page, '[data-search-results]');
/** The other sites' results, shown beneath a site's few. */
const widerLinks = async (page: Page) =>
  (await page.locator('[data-search-wider]').isVisible()) ? linksIn(page, '[data-search-wider]') : [];
/** The site each result of the wider list is labelled with, by link. */
const widerSites = (page: Page) =>
  page
    .locator('[data-search-wider] .search-result')
    .evaluateAll((items) =>
      items.map((li) => [li.querySelector('a')!.href, li.querySelector('.result-site')?.textContent ?? ''] as const),
    );

/** Words of the pages an index holds in one language, accents removed as Pagefind does. */
const plain = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
function indexedWords(lang: 'fr' | 'nl'): Set<string> {
  const words = new Set<string>();
  for (const edition of siteEditions.filter((e) => e.lang === lang)) {
    for (const p of searchIndexPages(dist, edition.host)) {
      const pageLang = plan.find((x) => x.host === edition.host && x.path === p.url)?.lang;
      if (pageLang === lang) for (const w of plain(p.content).match(/\p{L}+/gu) ?? []) words.add(w);
    }
  }
  return words;
}

/**
 * Words of a page that no page in `lang` comes near (no word there starts like them): a search in
 * `lang` should find nothing. Pagefind's stemming and prefix matching can still find a page for one
 * of them, so the test takes the first that really finds nothing.
 */
function wordsOnlyIn(host: string, path: string, lang: 'fr' | 'nl'): string[] {
  const near = [...indexedWords(lang)];
  const candidates =
    readPage(
      dist,
      host,
      path,
    )('main .prose')
      .text()
      .match(/\p{L}{9,}/gu) ?? [];
  const words = candidates.filter((w) => !near.some((n) => n.startsWith(plain(w).slice(0, 5))));
  if (!words.length) throw new Error(`No word of ${host}${path} is absent from the ${lang} indexes`);
  return [...new Set(words.map((w) => w.toLowerCase()))];
}

describe('search in Chromium, on the hosts as readers reach them', () => {
  let browser: Browser;
  let context: BrowserContext;
  let foreign: string[];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext();
    ({ foreign } = await routeHosts(context, dist));
    // Every page is served under its host's _headers (CSP included): any violation or error shows here.
    context.on('page', (p) => {
      p.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${p.url()}: ${m.text()}`));
      p.on('pageerror', (e) => consoleErrors.push(`${p.url()}: ${e.message}`));
    });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const languages = [
    { lang: 'fr', zoneHost: 'bassin-sud.brussels', regionBase: '/' },
    { lang: 'nl', zoneHost: 'zorgzone-zuid.brussels', regionBase: '/nl/' },
  ] as const;

  for (const { lang, zoneHost, regionBase } of languages) {
    const searchPath = (host: string) =>
      plan.find((p) => p.host === host && p.lang === lang && p.ref.kind === 'search')!.path;
    const synthesis = plan.find((p) => p.host === zoneHost && p.ref.kind === 'consultation')!;
    const regionPages = plan.filter((p) => p.host === 'brusano.brussels' && p.lang === lang && p.ref.kind !== 'search');
    const word = distinctiveWord(synthesis.host, synthesis.path, regionPages);

    it(`${zoneHost}: a ${lang} word finds a page of that host`, async () => {
      const page = await context.newPage();
      await page.goto(`https://${zoneHost}${searchPath(zoneHost)}`);
      await searchFor(page, word);
      const links = await resultLinks(page);
      expect(links).toContain(`https://${zoneHost}${synthesis.path}`);
      await page.close();
    });

    it(`${zoneHost}: the type filter narrows the results`, async () => {
      const page = await context.newPage();
      await page.goto(
        `https://${zoneHost}${searchPath(zoneHost)}?q=${encodeURIComponent(lang === 'fr' ? 'santé' : 'gezondheid')}`,
      );
      await expect.poll(async () => (await resultLinks(page)).length, { timeout: 15_000 }).toBeGreaterThan(1);
      const before = await resultLinks(page);
      const typeSelect = page.locator('select[name=type]');
      const synthesisType = lang === 'fr' ? 'Synthèse de concertation' : 'Synthese van overleg';
      await typeSelect.selectOption(synthesisType);
      await expect.poll(async () => (await resultLinks(page)).length, { timeout: 15_000 }).toBeLessThan(before.length);
      const metas = await page.locator('.search-result .meta-line').allTextContents();
      expect(metas.length).toBeGreaterThan(0);
      expect(metas.every((m) => m.includes(synthesisType))).toBe(true);
      await page.close();
    });

    it(`brusano.brussels${regionBase}: the all-sites search finds a page that exists only on ${zoneHost}`, async () => {
      const page = await context.newPage();
      await page.goto(`https://brusano.brussels${searchPath('brusano.brussels')}`);
      await searchFor(page, word);
      expect(await resultLinks(page)).not.toContain(`https://${zoneHost}${synthesis.path}`);
      // Nothing on the region: the zones' matches come beneath, unasked, under their zone's name.
      await expect.poll(() => widerLinks(page), { timeout: 15_000 }).toContain(`https://${zoneHost}${synthesis.path}`);
      expect(new Map(await widerSites(page)).get(`https://${zoneHost}${synthesis.path}`)).toBe(
        siteEditions.find((e) => e.host === zoneHost)!.site.name[lang],
      );
      await page.check('input[name=scope][value=network]');
      await expect.poll(() => resultLinks(page), { timeout: 15_000 }).toContain(`https://${zoneHost}${synthesis.path}`);
      expect(await page.locator('[data-search-wider]').isVisible()).toBe(false);
      // The zone filter lists the zones once their indexes are merged.
      const zones = await page.locator('select[name=zone] option').allTextContents();
      expect(zones.length).toBeGreaterThan(5);
      expect(await axeProblems(page)).toEqual([]);
      await page.close();
    });

    const focus = plan.find((p) => p.host === 'brusano.brussels' && p.lang === lang && p.ref.kind === 'focus')!;
    const zonePages = plan.filter((p) => p.host === zoneHost && p.ref.kind !== 'search');
    const focusWord = distinctiveWord(focus.host, focus.path, zonePages);

    it(`${zoneHost}: choosing every site finds a Focus that exists only on brusano.brussels, and the URL keeps the choice`, async () => {
      const page = await context.newPage();
      await page.goto(`https://${zoneHost}${searchPath(zoneHost)}`);
      await searchFor(page, focusWord);
      expect(await resultLinks(page)).not.toContain(`https://brusano.brussels${focus.path}`);
      await page.check('input[name=scope][value=network]');
      await expect
        .poll(() => resultLinks(page), { timeout: 15_000 })
        .toContain(`https://brusano.brussels${focus.path}`);
      expect(new URL(page.url()).searchParams.get('scope')).toBe('network');
      // Opened again from its address, the search keeps every site.
      await page.goto(page.url());
      expect(await page.isChecked('input[name=scope][value=network]')).toBe(true);
      await expect
        .poll(() => resultLinks(page), { timeout: 15_000 })
        .toContain(`https://brusano.brussels${focus.path}`);
      await page.close();
    });

    const diabetesFocus = plan.find(
      (p) => p.host === 'brusano.brussels' && p.lang === lang && p.entry?.key === 'diabetes-type-2',
    )!;
    const term = lang === 'fr' ? 'diabète' : 'diabetes';

    it(`${zoneHost}: "${term}" finds few pages on the zone, so the other sites' come beneath, labelled by site and not repeated`, async () => {
      const page = await context.newPage();
      await page.goto(`https://${zoneHost}${searchPath(zoneHost)}`);
      await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));
      await searchFor(page, term);
      const own = await resultLinks(page);
      expect(own.length, 'the zone has a few pages on diabetes (else this test proves nothing)').toBeGreaterThan(0);
      expect(own.length).toBeLessThan(widenBelow);
      expect(own.every((href) => href.startsWith(`https://${zoneHost}/`))).toBe(true);
      await expect
        .poll(() => widerLinks(page), { timeout: 15_000 })
        .toContain(`https://brusano.brussels${diabetesFocus.path}`);
      const labels = await widerSites(page);
      expect(new Map(labels).get(`https://brusano.brussels${diabetesFocus.path}`)).toBe('Brusano');
      for (const [href, label] of labels) {
        const edition = siteEditions.find((e) => href.startsWith(`https://${e.host}/`) && e.lang === lang)!;
        expect(edition.host, href).not.toBe(zoneHost);
        expect(label, href).toBe(edition.site.name[lang]);
      }
      // A prevention month the zone already lists is not repeated from the five other sites that show it too.
      const entryOf = (href: string) => plan.find((p) => `https://${p.host}${p.path}` === href)?.entry?.key ?? href;
      const ownEntries = own.map(entryOf);
      const widerEntries = labels.map(([href]) => entryOf(href));
      expect(widerEntries.filter((e) => ownEntries.includes(e))).toEqual([]);
      expect(new Set(widerEntries).size).toBe(widerEntries.length);
      expect(await page.locator('[data-search-wider] h2').textContent()).toBe(
        lang === 'fr' ? 'Sur Brusano et les autres bassins' : 'Op Brusano en de andere zorgzones',
      );
      // Without a reload: the page is the one that ran the script at first.
      expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
      // The choice of scope stays, unchecked.
      expect(await page.isChecked('input[name=scope][value=site]')).toBe(true);
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        expect((await axeProblems(page)).map((problem) => `${width}px ${problem}`)).toEqual([]);
      }
      await page.close();
    });

    const otherLang = lang === 'fr' ? 'nl' : 'fr';
    const otherSynthesis = plan.find(
      (p) => p.siteId === synthesis.siteId && p.lang === otherLang && p.entry?.key === synthesis.entry!.key,
    )!;
    const foreignWords = wordsOnlyIn(otherSynthesis.host, otherSynthesis.path, lang);

    it(`${zoneHost}: a word found only in ${otherLang === 'nl' ? 'Dutch' : 'French'} offers the same search in that language, loaded on demand`, async () => {
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      const status = () => page.locator('[data-search-status]').textContent();
      let foreignWord = '';
      for (const word of foreignWords) {
        await page.goto(`https://${zoneHost}${searchPath(zoneHost)}`);
        await searchFor(page, word);
        foreignWord = word;
        if (/^(Aucun résultat|Geen resultaten)/.test((await status()) ?? '')) break;
      }
      expect(await status(), `one of ${foreignWords.join(', ')} finds nothing here`).toMatch(
        /^(Aucun résultat|Geen resultaten)/,
      );
      const button = page.locator('[data-search-other] button');
      await expect.poll(() => button.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await button.textContent()).toBe(
        lang === 'fr' ? `Chercher « ${foreignWord} » en néerlandais` : `Zoek "${foreignWord}" in het Frans`,
      );
      // Nothing of the other language was loaded before the reader asked.
      expect(requested.filter((url) => url.startsWith(`https://${otherSynthesis.host}/`))).toEqual([]);
      await button.click();
      const otherLinks = () => linksIn(page, '[data-search-other]');
      await expect
        .poll(otherLinks, { timeout: 15_000 })
        .toContain(`https://${otherSynthesis.host}${otherSynthesis.path}`);
      expect(await page.locator('[data-search-other] h2').textContent()).toBe(
        lang === 'fr' ? 'Résultats en néerlandais' : 'Resultaten in het Frans',
      );
      expect(await page.locator('[data-search-status]').textContent()).toMatch(
        lang === 'fr' ? /^\d+ résultats? en néerlandais$/ : /^\d+ resultaten? in het Frans$/,
      );
      expect(await page.locator('[data-search-other] ol').getAttribute('lang')).toBe(otherLang);
      // That language's own word stemming was loaded for it, not this page's.
      expect(requested.some((url) => url.endsWith(`/pagefind/wasm.${otherLang}.pagefind`))).toBe(true);
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        expect((await axeProblems(page)).map((problem) => `${width}px ${problem}`)).toEqual([]);
      }
      await page.close();
    });
  }

  it('sorts by date, newest first, when the reader asks', async () => {
    const page = await context.newPage();
    const datesShown = () =>
      page.locator('.search-result .meta-line time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    const newestFirst = (dates: string[]) => dates.join() === [...dates].sort().reverse().join();
    await page.goto('https://brusano.brussels/recherche/?q=sant%C3%A9');
    await expect.poll(async () => (await datesShown()).length, { timeout: 15_000 }).toBeGreaterThan(3);
    expect(
      newestFirst(await datesShown()),
      'by relevance, the results are not in date order (else this test proves nothing)',
    ).toBe(false);
    await page.selectOption('select[name=sort]', 'date');
    await expect.poll(async () => newestFirst(await datesShown()), { timeout: 15_000 }).toBe(true);
    expect((await datesShown()).length).toBeGreaterThan(3);
    await page.close();
  });

  it('announces the result count to screen readers', async () => {
    const page = await context.newPage();
    await page.goto('https://bassin-sud.brussels/recherche/?q=sant%C3%A9');
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/\d+ résultats?/);
    expect(await status.getAttribute('role')).toBe('status');
    await page.close();
  });

  it('without JavaScript, the header field leads to the search page, which says what to do', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    await routeHosts(noScript, dist);
    const page = await noScript.newPage();
    await page.goto('https://zorgzone-zuid.brussels/');
    await page.fill('#site-search', 'diabetes');
    await page.press('#site-search', 'Enter');
    await page.waitForURL('https://zorgzone-zuid.brussels/zoeken/?q=diabetes');
    expect(await page.locator('noscript').innerHTML()).toContain('JavaScript');
    await noScript.close();
  });

  it('sent no request outside the network of sites, and logged no error or CSP violation', () => {
    expect(foreign).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
