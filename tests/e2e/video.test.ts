import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, testBuilds } from '../support/builds.ts';
import { launchChromium } from '../support/chromium.ts';
import { routeHosts } from '../support/virtual-hosts.ts';

describe('click-to-load video, under the host’s own Content-Security-Policy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sends nothing to the video platform until the reader clicks, then embeds the privacy-enhanced player', async () => {
    const context = await browser.newContext();
    const { foreign } = await routeHosts(context, distDir(testBuilds.contract));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto('https://brusano.brussels/publications/focus/guide-composants/');
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);

    await page.locator('[data-video-load][data-title="Présentation en vidéo"]').click();
    const frame = page.locator('iframe');
    await expect.poll(() => frame.count()).toBe(1);
    expect(await frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1');
    expect(await frame.getAttribute('title')).toBe('Présentation en vidéo');
    // Only now does the browser ask the platform (refused here: the network is closed), and only the nocookie host.
    await expect.poll(() => foreign.length).toBeGreaterThan(0);
    expect(foreign.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await context.close();
  });
});
