import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../../src/serve/static-server.ts';
import { distDir, testBuilds } from '../support/builds.ts';
import { launchChromium } from '../support/chromium.ts';

/** Runs Pagefind's own API in the page, as the search UI does. */
async function search(page: Page, term: string): Promise<string[]> {
  // A string, so the test runner leaves this import() alone: it runs in the page, against the host's bundle.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const response = await pagefind.search(${JSON.stringify(term)});
    const data = await Promise.all(response.results.map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
}

describe('search index of brusano.brussels, in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    ({ server, origin } = await serveFolder(join(distDir(testBuilds.sample), 'brusano.brussels')));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('finds a word of one French Focus from a French page, and not from a Dutch page', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    // "crépusculaire" occurs only in the French Focus on palliative care.
    expect(await search(page, 'crépusculaire')).toEqual(['/publications/focus/soins-palliatifs/']);

    await page.goto(`${origin}/nl/`);
    expect(await search(page, 'crépusculaire')).toEqual([]);
    expect((await search(page, 'palliatieve')).length).toBeGreaterThan(0);
    await page.close();
  });
});
