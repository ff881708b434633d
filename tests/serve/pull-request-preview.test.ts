/**
 * A pull request's preview site, made as the workflow makes it: `npm run build:preview`, then
 * `npm run preview-site` into one folder served from a prefix. Read as a reader would follow it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryAddressFolder } from '../../src/editor/preview-links.ts';
import { hosts } from '../../src/sites/registry.ts';
import { distDir, root, serveBuilds, workDir } from '../support/builds.ts';
import { fileFor, htmlPages, page } from '../support/dist.ts';
import { readAddressMaps } from '../support/entry-addresses.ts';
import { runBuild } from '../support/run-build.ts';

const build = serveBuilds.pullRequestPreview;
const site = join(workDir(build), 'preview-site');
const base = '/pr-7/';

beforeAll(() => {
  runBuild(build);
  const result = spawnSync(
    process.execPath,
    [join(root, 'scripts/preview-site.ts'), '--dist', distDir(build), '--out', site, '--base', 'pr-7'],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`preview-site failed:\n${result.stdout}\n${result.stderr}`);
});

/** Every URL a page links to or loads (links, assets, forms), as written. */
function urlsOf(host: string, path: string): string[] {
  const $ = page(site, host, path);
  return [
    ...$('[href]')
      .map((_, e) => $(e).attr('href')!)
      .get(),
    ...$('[src]')
      .map((_, e) => $(e).attr('src')!)
      .get(),
    ...$('form[action]')
      .map((_, e) => $(e).attr('action')!)
      .get(),
  ].filter((u) => !/^(#|mailto:|tel:)/.test(u));
}

describe('the preview site of a pull request', () => {
  it('opens on a list of every host, each link leading to its home page', () => {
    const $ = load(readFileSync(join(site, 'index.html'), 'utf8'));
    const links = $('a')
      .map((_, a) => $(a).attr('href')!)
      .get();
    expect(new Set(links.map((l) => l.split('/')[2]))).toEqual(new Set(hosts));
    for (const link of links) expect(fileFor(site, '', link.slice(base.length - 1)), link).not.toBeNull();
  });

  it('keeps every link and asset of every page inside the preview, and each one leads to a file', () => {
    let checked = 0;
    for (const host of hosts) {
      for (const path of htmlPages(site, host)) {
        for (const url of urlsOf(host, path)) {
          expect(url.startsWith(base), `${host}${path} → ${url}`).toBe(true);
          const target = url.slice(base.length - 1).split('#')[0]!;
          expect(fileFor(site, '', target), `${host}${path} → ${url}`).not.toBeNull();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('leads the web editor’s preview links to pages of the preview, drafts included', () => {
    const folder = join(site, entryAddressFolder);
    expect(fileFor(site, '', `/${entryAddressFolder}/`)).toBe(join(folder, 'index.html'));
    expect(existsSync(join(folder, 'open.js'))).toBe(true);
    const urls = [...readAddressMaps(folder).values()].flatMap((map) =>
      Object.values(map).flatMap((languages) => Object.values(languages)),
    );
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) {
      expect(url.startsWith(base), url).toBe(true);
      expect(fileFor(site, '', url.slice(base.length - 1)), url).not.toBeNull();
    }
    expect(urls).toContainEqual(expect.stringMatching(/\/page-brouillon\/$/));
  });

  it('shows drafts with the preview banner', () => {
    expect(page(site, 'brusano.brussels', '/page-brouillon/')('[data-preview-banner=draft]')).toHaveLength(1);
  });

  it('tells search engines not to index any page', () => {
    for (const host of hosts) {
      for (const path of htmlPages(site, host)) {
        expect(page(site, host, path)('meta[name=robots]').attr('content'), `${host}${path}`).toBe('noindex, nofollow');
      }
    }
    expect(readFileSync(join(site, '_headers'), 'utf8')).toMatch(/^\/\*\n\s+X-Robots-Tag: noindex/);
    expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toContain('Disallow: /');
  });

  it('points the search page at the indexes inside the preview', () => {
    const config = JSON.parse(page(site, 'bassin-sud.brussels', '/recherche/')('#search-config').text());
    expect(config.bundlePath).toBe('/pr-7/bassin-sud.brussels/pagefind/');
    expect(config.baseUrl).toBe('/pr-7/bassin-sud.brussels/');
    for (const index of config.network)
      expect(fileFor(site, '', `${index.index.slice(base.length - 1)}pagefind.js`)).not.toBeNull();
  });
});
