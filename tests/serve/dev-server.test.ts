/**
 * `npm run dev`, as an author runs it: every host at http://<host>.localhost:<port>/, links that
 * stay in the dev server, drafts with the banner, and a saved markdown file in the page at once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hosts } from '../../src/sites/registry.ts';
import { fixtures, root } from '../support/builds.ts';
import { launchChromium } from '../support/chromium.ts';

const port = 43_000 + (process.pid % 1000);
const scratch = mkdtempSync(join(tmpdir(), 'dev-server-'));
const content = join(scratch, 'content');
let server: ChildProcess | undefined;
let output = '';

/** GET a path of a host as a browser at http://<host>.localhost:<port>/ asks for it. */
function get(host: string, path: string): Promise<{ status: number; body: string; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ hostname: 'localhost', port, path, headers: { host: `${host}:${port}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body,
          ...(res.headers.location ? { location: res.headers.location } : {}),
        }),
      );
    });
    req.on('error', reject);
    // The first requests may wait while Vite optimises dependencies: ask again rather than wait forever.
    req.setTimeout(20_000, () => req.destroy(new Error(`GET ${host}${path}: no answer in 20 s`)));
    req.end();
  });
}
const page = async (host: string, path: string) => load((await get(`${host}.localhost`, path)).body);

async function until<T>(what: string, probe: () => Promise<T | undefined>, seconds: number): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`${what}: nothing after ${seconds} s.\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The environment of an author's shell: without what vitest sets (NODE_ENV=test makes Astro's dev server answer 404). */
const authorEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'),
  );

beforeAll(async () => {
  cpSync(join(fixtures, 'content-scheduled'), content, { recursive: true });
  server = spawn(process.execPath, [join(root, 'scripts/dev.ts'), '--port', String(port)], {
    cwd: root,
    env: { ...authorEnv(), BRUSANO_CONTENT_DIR: content, BRUSANO_CACHE_DIR: join(scratch, 'cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  await until(
    'the dev server',
    async () => ((await get('brusano.brussels.localhost', '/')).status === 200 ? true : undefined),
    180,
  );
});

afterAll(() => {
  server?.kill();
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('serves each host at <host>.localhost, its links staying in the dev server', async () => {
    for (const host of ['brusano.brussels', 'zorgzone-zuid.brussels']) {
      const $ = await page(host, '/');
      const links = $('a[href]')
        .map((_, a) => $(a).attr('href')!)
        .get();
      const absolute = links.filter((l) => /^https?:/.test(l));
      expect(absolute.length, host).toBeGreaterThan(0);
      for (const link of absolute)
        expect(link, host).toMatch(
          new RegExp(`^http://(${hosts.map((h) => h.replace(/\./g, '\\.')).join('|')})\\.localhost:${port}/`),
        );
      // A same-host link leads to a page of this host.
      const local = links.find((l) => l.startsWith('/') && l !== '/')!;
      expect((await get(`${host}.localhost`, local)).status, `${host}${local}`).toBe(200);
    }
    expect($text(await page('zorgzone-zuid.brussels', '/'))).toContain('Zorgzone Zuid');
  });

  it('sends the bare localhost to the regional site', async () => {
    expect((await get('localhost', '/')).location).toBe(`http://brusano.brussels.localhost:${port}/`);
  });

  it('shows drafts with the preview banner', async () => {
    expect((await page('brusano.brussels', '/page-brouillon/'))('[data-preview-banner=draft]')).toHaveLength(1);
  });

  it('shows a saved markdown change in the page within seconds', async () => {
    const file = join(content, 'focus/sample-guide/index.fr.md');
    const path = '/publications/focus/guide-temoin/';
    expect((await page('brusano.brussels', path))('h1').text()).toContain('Guide témoin');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Guide témoin', 'title: Guide retouché en direct'));
    const started = Date.now();
    await until(
      'the changed title',
      async () =>
        (await page('brusano.brussels', path))('h1').text().includes('retouché en direct') ? true : undefined,
      10,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('in a browser, updates the open page by itself when the file is saved, and follows a link to another host', async () => {
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      await tab.goto(`http://brusano.brussels.localhost:${port}/page-brouillon/`);
      await tab.waitForLoadState('networkidle');
      const file = join(content, 'pages/all/draft-page/index.fr.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: Page en brouillon', 'title: Brouillon modifié'));
      await tab.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Brouillon modifié'), null, {
        timeout: 10_000,
      });
      const other = `http://bassin-sud.brussels.localhost:${port}/`;
      await tab.locator(`a[href="${other}"]`).first().click();
      await tab.waitForURL(other);
      expect(await tab.locator('h1').first().textContent()).toBeTruthy();
    } finally {
      await browser.close();
    }
  });
});

const $text = ($: ReturnType<typeof load>) => $('body').text();
