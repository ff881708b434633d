/**
 * The web editor's preview links in Chromium: an entry address, served with the regional host's
 * headers (its CSP included), opens the entry's page in its language; an address no map lists
 * says so, in both languages, and passes axe at phone and desktop widths.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/index.ts';
import { axeProblems } from '../support/axe.ts';
import { distDir, pagePlan, testBuilds } from '../support/builds.ts';
import { launchChromium } from '../support/chromium.ts';
import { routeHosts } from '../support/virtual-hosts.ts';

const build = testBuilds.sample;
const plan = pagePlan(build);
const addresses = 'https://brusano.brussels/_entries/';

describe('entry addresses in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let foreign: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext();
    ({ foreign } = await routeHosts(context, distDir(build)));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  // A guide on the regional host, a synthesis on a zone's host (French and Dutch hosts differ).
  const opened = (['focus', 'consultations'] as const).flatMap((collection) =>
    (['fr', 'nl'] as const).map((lang) => {
      const page = plan.find((p) => p.entry?.collection === collection && p.lang === lang)!;
      return { collection, lang, key: page.entry!.key, url: `https://${page.host}${page.path}` };
    }),
  );

  it.each(opened)('open the page of a $collection entry in $lang', async ({ collection, key, lang, url }) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${addresses}?collection=${collection}&key=${key}&lang=${lang}`);
    await page.waitForURL(url);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['an entry no map lists', 'collection=focus&key=not-written-yet&lang=fr'],
    ['a language the entry has no page in', `collection=focus&key=${opened[0]!.key}&lang=en`],
    ['a collection with no map', 'collection=themes&key=x&lang=nl'],
    ['a path instead of a collection', 'collection=../admin/config&key=x&lang=nl'],
    ['a name of the map’s own properties', 'collection=focus&key=__proto__&lang=fr'],
  ])('say, for %s, that it has no page, in both languages', async (_, query) => {
    for (const width of [390, 1280]) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${addresses}?${query}`);
      const missing = page.locator('[data-entry-missing]');
      await missing.waitFor({ state: 'visible' });
      expect(await missing.locator('[lang=fr]').first().innerText()).toBe(ui('fr').entryAddressMissing);
      expect(await missing.locator('[lang=nl]').first().innerText()).toBe(ui('nl').entryAddressMissing);
      expect(await page.locator('[data-entry-opening]').isHidden()).toBe(true);
      expect(page.url()).toBe(`${addresses}?${query}`);
      expect(await axeProblems(page), `${query} at ${width}px`).toEqual([]);
      await page.close();
    }
  });

  it('asked nothing of any other origin', () => {
    expect(foreign).toEqual([]);
  });
});
