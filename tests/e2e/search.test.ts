import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, pagePlan, testBuilds } from '../support/builds.ts';
import { launchChromium } from '../support/chromium.ts';
import { page as readPage } from '../support/dist.ts';
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
const resultLinks = (page: Page) =>
  page.locator('.search-result h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));

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
      expect(metas.every((m) => m.startsWith(synthesisType))).toBe(true);
      await page.close();
    });

    it(`brusano.brussels${regionBase}: the all-sites search finds a page that exists only on ${zoneHost}`, async () => {
      const page = await context.newPage();
      await page.goto(`https://brusano.brussels${searchPath('brusano.brussels')}`);
      await searchFor(page, word);
      expect(await resultLinks(page)).not.toContain(`https://${zoneHost}${synthesis.path}`);
      await page.check('input[name=scope][value=network]');
      await expect.poll(() => resultLinks(page), { timeout: 15_000 }).toContain(`https://${zoneHost}${synthesis.path}`);
      // The zone filter lists the zones once their indexes are merged.
      const zones = await page.locator('select[name=zone] option').allTextContents();
      expect(zones.length).toBeGreaterThan(5);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      await page.close();
    });

    const focus = plan.find((p) => p.host === 'brusano.brussels' && p.lang === lang && p.ref.kind === 'focus')!;
    const zonePages = plan.filter((p) => p.host === zoneHost && p.ref.kind !== 'search');
    const focusWord = distinctiveWord(focus.host, focus.path, zonePages);

    it(`${zoneHost}: widening to the region finds a Focus that exists only on brusano.brussels`, async () => {
      const page = await context.newPage();
      await page.goto(`https://${zoneHost}${searchPath(zoneHost)}`);
      await searchFor(page, focusWord);
      expect(await resultLinks(page)).not.toContain(`https://brusano.brussels${focus.path}`);
      await page.check('input[name=scope][value=network]');
      await expect
        .poll(() => resultLinks(page), { timeout: 15_000 })
        .toContain(`https://brusano.brussels${focus.path}`);
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
