import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlannedPage } from '../../src/routing/plan.ts';
import { distDir, pagePlan, testBuilds } from '../support/builds.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveHosts, type ServedHosts } from '../support/hosts-server.ts';

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

describe('accessibility of every template, in both languages (axe-core, WCAG 2.1 A/AA)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let hosts: ServedHosts;

  beforeAll(async () => {
    hosts = await serveHosts(distDir(build));
    browser = await launchChromium();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    hosts?.close();
  });

  it('covers every page kind in French and in Dutch', () => {
    const kinds = new Set(plan.map((p) => p.ref.kind));
    for (const lang of ['fr', 'nl']) {
      expect(new Set(pages.filter((p) => p.lang === lang).map((p) => p.ref.kind))).toEqual(kinds);
    }
  });

  it.each(pages.map((p) => [label(p), p] as const))(
    '%s has no axe violation and loads nothing from elsewhere',
    async (_, p) => {
      const page = await context.newPage();
      const origin = hosts.origin(p.host);
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(origin)) foreign.push(request.url());
      });
      const response = await page.goto(origin + p.path);
      expect(response?.status()).toBe(200);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(violations).toEqual([]);
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

  it.each(['/publications/focus/guide-composants/', '/nl/publicaties/focus/gids-componenten/'])(
    'the authoring components (%s) have no axe violation',
    async (path) => {
      const components = await serveHosts(distDir(testBuilds.contract), ['brusano.brussels']);
      const page = await context.newPage();
      await page.goto(components.origin('brusano.brussels') + path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      await page.close();
      components.close();
    },
  );

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
});
