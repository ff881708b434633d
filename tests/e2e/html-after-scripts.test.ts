/**
 * The Nu Html Checker on the DOM as readers get it after scripts have run: the search page with its
 * results (and the other sites' results beneath a zone's few), and a video after the click. The
 * static files are validated in tests/output/html-validity.test.ts; this covers what scripts add.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, pagePlan, testBuilds } from '../support/builds.ts';
import { launchChromium } from '../support/chromium.ts';
import { routeHosts } from '../support/virtual-hosts.ts';
import { validateHtml } from '../support/vnu.ts';

const sample = testBuilds.sample;
const searchPath = (host: string) => pagePlan(sample).find((p) => p.host === host && p.ref.kind === 'search')!.path;

/** The page's DOM as it stands now, written to its own folder and validated there. */
async function validateDom(page: Page): Promise<string[]> {
  const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
  const dir = mkdtempSync(join(tmpdir(), 'dom-'));
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'page.html'), html);
    return validateHtml(dir).map((m) => `${m.message} — ${m.extract ?? ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('HTML validity after scripts run (Nu Html Checker)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['a French zone, with the other sites’ results beneath', 'bassin-sud.brussels', 'santé'],
    ['a Dutch zone', 'zorgzone-zuid.brussels', 'gezondheid'],
    ['the region in French', 'brusano.brussels', 'santé'],
  ])('the search page with results shown: %s', async (_, host, term) => {
    const context = await browser.newContext();
    await routeHosts(context, distDir(sample));
    const page = await context.newPage();
    await page.goto(`https://${host}${searchPath(host)}?q=${encodeURIComponent(term)}`);
    await expect.poll(() => page.locator('.search-result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(await validateDom(page)).toEqual([]);
    await context.close();
  });

  it('a video page after the reader loads the video', async () => {
    const context = await browser.newContext();
    await routeHosts(context, distDir(testBuilds.contract));
    const page = await context.newPage();
    await page.goto('https://brusano.brussels/publications/focus/guide-composants/');
    await page.locator('[data-video-load]').first().click();
    await expect.poll(() => page.locator('iframe').count()).toBe(1);
    expect(await validateDom(page)).toEqual([]);
    await context.close();
  });
});
