/**
 * What issue 14 changed for readers, in Chromium, in French and Dutch, at phone and desktop
 * widths: the theme of the month when it is not announced yet, the calendar's badge, the
 * untranslated notice and switcher, and each host's icons.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/index.ts';
import { axeProblems } from '../support/axe.ts';
import { distDir, pagePlan, testBuilds } from '../support/builds.ts';
import { launchChromium } from '../support/chromium.ts';
import { routeHosts } from '../support/virtual-hosts.ts';

const widths = [390, 1280];

/** Opens a page at each width; no axe violation, no horizontal scrolling. */
async function checkAtWidths(browser: Browser, build: keyof typeof testBuilds, url: string): Promise<void> {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await routeHosts(context, distDir(testBuilds[build]));
    const page = await context.newPage();
    expect((await page.goto(url))?.status(), url).toBe(200);
    expect(await axeProblems(page), `${url} at ${width}px`).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${url} at ${width}px`).toBeLessThanOrEqual(0);
    await context.close();
  }
}

describe('readers’ corrections in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext();
    await routeHosts(context, distDir(testBuilds.sample));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it.each([
    ['fr', 'https://bassin-sud.brussels/prevention/'],
    ['nl', 'https://zorgzone-zuid.brussels/preventie/'],
  ] as const)('the current month’s badge reads as the %s dictionary writes it', async (lang, url) => {
    const page = await context.newPage();
    await page.goto(url);
    // innerText is the text as rendered, CSS text-transform included.
    expect(await page.locator('[aria-current=date] .badge').innerText()).toBe(ui(lang).thisMonth);
    expect(await page.locator('[aria-current=date] .calendar-month-name').innerText()).toMatch(
      lang === 'fr' ? /^Octobre 2025/ : /^Oktober 2025/,
    );
    await page.close();
  });

  it.each([
    ['fr', 'https://bassin-sud.brussels/'],
    ['nl', 'https://zorgzone-zuid.brussels/'],
    ['fr', 'https://brusano.brussels/'],
    ['nl', 'https://brusano.brussels/nl/'],
  ] as const)('a month without its theme yet: the %s home (%s) shows the latest one, accessibly', async (lang, url) => {
    await checkAtWidths(browser, 'later', url);
    const later = await browser.newContext();
    await routeHosts(later, distDir(testBuilds.later));
    const page = await later.newPage();
    await page.goto(url);
    const box = page.locator('[data-theme-of-month]');
    expect(await box.locator('h2').innerText()).toBe(
      ui(lang).latestTheme(lang === 'fr' ? 'décembre 2025' : 'december 2025'),
    );
    await box.locator('[data-calendar-link]').click();
    await page.waitForLoadState();
    expect(await page.locator('[data-calendar]').getAttribute('data-calendar')).toBe('2025');
    await later.close();
  });

  const plan = pagePlan(testBuilds.later);
  const year2026 = (lang: 'fr' | 'nl', host: string) =>
    plan.find((p) => p.host === host && p.lang === lang && p.ref.kind === 'preventionYear' && p.ref.year === 2026)!;

  it.each([
    ['fr', 'bassin-sud.brussels'],
    ['nl', 'zorgzone-zuid.brussels'],
  ] as const)('the %s calendar of a year with no theme yet is short lines, accessibly', async (lang, host) => {
    await checkAtWidths(browser, 'later', `https://${host}${year2026(lang, host).path}`);
  });

  it.each([
    [
      'fr',
      'contract',
      'https://bassin-sud.brussels/concertations-thematiques/sante-mentale/2024-1/',
      'https://zorgzone-zuid.brussels/thematisch-overleg/',
    ],
    [
      'nl',
      'later',
      'https://zorgzone-zuid.brussels/thematisch-overleg/gezondheidscrisissen/2026-1/',
      'https://bassin-sud.brussels/concertations-thematiques/',
    ],
  ] as const)(
    'an untranslated %s page leads the other language’s readers to their section',
    async (lang, build, url, section) => {
      await checkAtWidths(browser, build, url);
      const other = await browser.newContext();
      await routeHosts(other, distDir(testBuilds[build]));
      const page = await other.newPage();
      await page.goto(url);
      expect(await page.locator('[data-language-switcher]').innerText()).toBe(ui(lang).otherLanguageHome);
      await page.locator('[data-untranslated-link]').click();
      await page.waitForURL(section);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'fr' ? 'nl' : 'fr');
      await other.close();
    },
  );

  it.each([
    ['fr', 'https://bassin-sud.brussels/'],
    ['nl', 'https://zorgzone-zuid.brussels/'],
    ['fr', 'https://brusano.brussels/'],
  ] as const)('%s: %s answers /favicon.ico and its manifest under its own headers', async (lang, origin) => {
    const page = await context.newPage();
    const icons: Array<[string, number]> = [];
    page.on('response', (r) => /\/favicon\./.test(r.url()) && icons.push([r.url(), r.status()]));
    await page.goto(origin);
    // Chromium fetches the icon the page links, by itself.
    await expect.poll(() => icons, { timeout: 10_000 }).toContainEqual([`${origin}favicon.svg`, 200]);
    const answers = await page.evaluate(async () => {
      const get = async (href: string) => {
        const response = await fetch(href);
        return {
          status: response.status,
          type: response.headers.get('content-type'),
          bytes: (await response.arrayBuffer()).byteLength,
        };
      };
      const manifest = document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href;
      return {
        // Playwright does not route the exact address /favicon.ico; a query string reaches the same file.
        icon: await get('/favicon.ico?from-test'),
        manifest: await get(manifest),
        body: await (await fetch(manifest)).json(),
      };
    });
    expect(answers.icon).toMatchObject({ status: 200, type: 'image/x-icon' });
    expect(answers.icon.bytes).toBeGreaterThan(500);
    expect(answers.manifest).toMatchObject({ status: 200, type: 'application/manifest+json' });
    expect(answers.body.lang).toBe(lang);
    expect(answers.body.name).toBe(await page.locator('.brand-name').innerText());
    await page.close();
  });
});
