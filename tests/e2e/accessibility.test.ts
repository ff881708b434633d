import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlannedPage } from '../../src/routing/plan.ts';
import { axeProblems, usedAllowlistEntries } from '../support/axe.ts';
import { distDir, pagePlan, testBuilds } from '../support/builds.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveHosts, type ServedHosts } from '../support/hosts-server.ts';
import { axeAllowlist } from './axe-allowlist.ts';

const build = testBuilds.sample;
const plan = pagePlan(build);

/** One page of every template (page kind), on a French host and on a Dutch host. */
function samplePages(): PlannedPage[] {
  const picked = new Map<string, PlannedPage>();
  // Zone hosts first, so templates that exist on both pick a zone; the region fills the rest.
  const ordered = [...plan].sort(
    (a, b) => Number(a.siteId === 'region') - Number(b.siteId === 'region') || a.path.localeCompare(b.path),
  );
  for (const p of ordered) {
    const key = `${p.ref.kind}|${p.lang}`;
    if (!picked.has(key)) picked.set(key, p);
  }
  // The regional home and consultation overview differ from a zone's: test them too.
  for (const kind of ['home', 'consultationsIndex', 'preventionIndex'] as const) {
    for (const lang of ['fr', 'nl'] as const) {
      const regional = plan.find((p) => p.siteId === 'region' && p.lang === lang && p.ref.kind === kind)!;
      picked.set(`${kind}|${lang}|region`, regional);
    }
  }
  return [...picked.values()];
}

const pages = samplePages();
const label = (p: PlannedPage) => `${p.ref.kind} (${p.lang}) ${p.host}${p.path}`;

/** A desktop screen, and a phone held upright (390 px: the width of today's common phones). */
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
type Viewport = keyof typeof viewports;

describe('accessibility of every template, in both languages (axe-core, WCAG 2.2 A/AA)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let phone: BrowserContext;
  let hosts: ServedHosts;
  const contextFor = (viewport: Viewport) => (viewport === 'phone' ? phone : context);

  beforeAll(async () => {
    hosts = await serveHosts(distDir(build));
    browser = await launchChromium();
    context = await browser.newContext({ viewport: viewports.desktop });
    phone = await browser.newContext({ viewport: viewports.phone, isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await context?.close();
    await phone?.close();
    await browser?.close();
    hosts?.close();
  });

  it('covers every page kind in French and in Dutch', () => {
    const kinds = new Set(plan.map((p) => p.ref.kind));
    for (const lang of ['fr', 'nl']) {
      expect(new Set(pages.filter((p) => p.lang === lang).map((p) => p.ref.kind))).toEqual(kinds);
    }
  });

  it.each(pages.flatMap((p) => (['desktop', 'phone'] as const).map((v) => [label(p), v, p] as const)))(
    '%s, %s: no axe violation or unreviewed result, nothing loaded from elsewhere',
    async (_, viewport, p) => {
      const page = await contextFor(viewport).newPage();
      const origin = hosts.origin(p.host);
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(origin)) foreign.push(request.url());
      });
      const response = await page.goto(origin + p.path);
      expect(response?.status()).toBe(200);
      expect(await axeProblems(page)).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    },
  );

  it.each([
    ['bassin-sud.brussels', '/'],
    ['zorgzone-zuid.brussels', '/'],
    ['brusano.brussels', '/nl/'],
  ])('on %s%s the skip link comes first and shows on focus, then the main navigation', async (host, path) => {
    const page = await context.newPage();
    await page.goto(hosts.origin(host) + path);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    // Tab on until a main-navigation link has focus: it must be reachable and visibly focused.
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => Boolean(document.activeElement?.closest('.main-nav')));
    }
    expect(reached).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });

  it('reads without JavaScript: every sampled page shows its content', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    for (const p of pages.filter((x) => x.ref.kind !== 'search')) {
      await page.goto(hosts.origin(p.host) + p.path);
      expect((await page.locator('main h1').textContent())?.trim(), label(p)).toBeTruthy();
      expect((await page.locator('main').innerText()).length, label(p)).toBeGreaterThan(80);
    }
    await noScript.close();
  });

  it.each(['focus', 'consultation'] as const)(
    'prints a %s page without navigation, search or language switcher',
    async (kind) => {
      const p = plan.find((x) => x.ref.kind === kind)!;
      const page = await context.newPage();
      await page.goto(hosts.origin(p.host) + p.path);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.main-nav', '.search-field', '.language-switcher', '.skip-link']) {
        expect(await page.locator(selector).isVisible(), selector).toBe(false);
      }
      expect(await page.locator('main h1').isVisible()).toBe(true);
      await page.close();
    },
  );

  it.each(
    ['/publications/focus/guide-composants/', '/nl/publicaties/focus/gids-componenten/'].flatMap((path) =>
      (['desktop', 'phone'] as const).map((v) => [path, v] as const),
    ),
  )('the authoring components (%s, %s) have no axe violation or unreviewed result', async (path, viewport) => {
    const components = await serveHosts(distDir(testBuilds.contract), ['brusano.brussels']);
    const page = await contextFor(viewport).newPage();
    await page.goto(components.origin('brusano.brussels') + path);
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
    components.close();
  });

  it('reads at 320 px wide without horizontal scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const p of pages) {
      await page.goto(hosts.origin(p.host) + p.path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .slice(0, 3)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      );
      expect(overflow, `${label(p)}: ${wide.join(', ')}`).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  describe('in forced colours (Windows high contrast), where the brand colours are dropped', () => {
    const zoneHome = plan.find((p) => p.siteId !== 'region' && p.lang === 'fr' && p.ref.kind === 'home')!;
    const searchPage = plan.find((p) => p.siteId === 'region' && p.lang === 'nl' && p.ref.kind === 'search')!;
    const videoPage = { host: 'brusano.brussels', path: '/publications/focus/guide-composants/' };
    let components: ServedHosts;
    beforeAll(async () => {
      components = await serveHosts(distDir(testBuilds.contract), [videoPage.host]);
    });
    afterAll(() => components?.close());

    async function open(where: { host: string; path: string }, forcedColors: 'active' | 'none'): Promise<Page> {
      const page = await context.newPage();
      await page.emulateMedia({ forcedColors });
      const served = where === videoPage ? components : hosts;
      await page.goto(served.origin(where.host) + where.path);
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(forcedColors === 'active');
      return page;
    }

    it('the header keeps a visible edge between it and the page', async () => {
      const page = await open(zoneHome, 'active');
      const header = await page.locator('.site-header').evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          style: style.borderBottomStyle,
          width: parseFloat(style.borderBottomWidth),
          color: style.borderBottomColor,
          background: style.backgroundColor,
        };
      });
      expect(header.style).not.toBe('none');
      expect(header.width).toBeGreaterThanOrEqual(1);
      expect(header.color).not.toBe(header.background);
      await page.close();
    });

    it.each([
      ['the header search field (home)', zoneHome],
      ['the search page', searchPage],
      ['the video button (components page)', videoPage],
    ])('%s: fields and buttons keep a border on every side', async (_, where) => {
      const page = await open(where, 'active');
      const controls = await page.evaluate(() =>
        [...document.querySelectorAll('input:not([type=hidden],[type=radio],[type=checkbox]), select, button, .button')]
          .filter((el) => el.getBoundingClientRect().width > 0)
          .map((el) => {
            const style = getComputedStyle(el);
            const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
              style: style.getPropertyValue(`border-${side.toLowerCase()}-style`),
              width: parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)),
              color: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
            }));
            return { what: el.outerHTML.slice(0, 80), sides, background: style.backgroundColor };
          }),
      );
      expect(controls.length).toBeGreaterThan(0);
      for (const { what, sides, background } of controls) {
        for (const side of sides) {
          expect(side.style, what).not.toBe('none');
          expect(side.width, what).toBeGreaterThanOrEqual(1);
          expect(side.color, what).not.toBe(background);
        }
      }
      await page.close();
    });

    /** Tabs through the page and reads the focus indicator of each stop, until focus comes back round. */
    async function focusStops(page: Page, max = 25) {
      const stops = [];
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return {
            what: el.outerHTML.slice(0, 80),
            outline: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
            color: style.outlineColor,
            canvas: getComputedStyle(document.documentElement).backgroundColor,
          };
        });
        if (!stop) break;
        stops.push(stop);
      }
      return stops;
    }

    it.each([
      ['forced colours', 'active'],
      ['normal colours', 'none'],
    ] as const)('in %s, every focus stop of the home and search pages shows an outline', async (_, mode) => {
      for (const where of [zoneHome, searchPage]) {
        const page = await open(where, mode);
        const stops = await focusStops(page);
        expect(stops.length).toBeGreaterThan(5);
        for (const stop of stops) {
          // An outline: forced colours remove box-shadows and backgrounds, an outline stays.
          expect(stop.outline, stop.what).not.toBe('none');
          expect(stop.width, stop.what).toBeGreaterThanOrEqual(2);
          expect(stop.color, stop.what).not.toBe(stop.canvas);
          expect(stop.color, stop.what).not.toMatch(/rgba\(.*, 0\)$/);
        }
        await page.close();
      }
    });
  });

  it('every entry of the axe allowlist still explains a result (the list keeps only what is true)', () => {
    expect(axeAllowlist.filter((entry) => !usedAllowlistEntries.has(entry)).map((e) => e.rule)).toEqual([]);
  });
});
