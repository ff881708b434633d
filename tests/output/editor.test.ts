/**
 * The web editor as the build publishes it: on the regional host only, served from that host
 * (no other origin), under its own Content-Security-Policy, and invisible to readers, search
 * engines, the sitemaps, the search index and the feeds.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/deploy/headers.ts';
import { editorContentSecurityPolicy } from '../../src/editor/headers.ts';
import { entryAddressFolder, expandPreviewPath } from '../../src/editor/preview-links.ts';
import { editorPath, editorSettings } from '../../src/editor/settings.ts';
import { hosts } from '../../src/sites/registry.ts';
import { distDir, testBuilds } from '../support/builds.ts';
import { fileFor, searchIndexPages } from '../support/dist.ts';
import { lookUpAddress, readAddressMaps } from '../support/entry-addresses.ts';
import { headersFor, parseHeaders } from '../support/virtual-hosts.ts';

const dist = distDir(testBuilds.contract);
const regional = 'brusano.brussels';
const adminDir = join(dist, regional, editorPath);
const headersOf = (host: string, path: string) =>
  headersFor(parseHeaders(readFileSync(join(dist, host, '_headers'), 'utf8')), path);

describe('the web editor in the built hosts', () => {
  it('is served at brusano.brussels/admin/ and on no other host', () => {
    expect(existsSync(join(adminDir, 'index.html'))).toBe(true);
    for (const host of hosts.filter((h) => h !== regional))
      expect(existsSync(join(dist, host, editorPath))).toBe(false);
  });

  it('loads only files of its own host, and its configuration beside it', () => {
    const $ = load(readFileSync(join(adminDir, 'index.html'), 'utf8'));
    const sources = $('script[src], link[href]')
      .toArray()
      .map((el) => $(el).attr('src') ?? $(el).attr('href')!);
    expect(sources.length).toBeGreaterThan(1);
    for (const src of sources) {
      expect(src).toMatch(/^\.?\/(admin\/)?[\w./-]+$/);
      expect(existsSync(join(adminDir, src.replace(/^(\.\/|\/admin\/)/, '')))).toBe(true);
    }
    expect($('link[rel="cms-config-url"]').attr('type')).toBe('application/json');
    const config = JSON.parse(readFileSync(join(adminDir, 'config.json'), 'utf8')) as { collections: unknown[] };
    expect(config.collections.length).toBeGreaterThan(7);
  });

  it('is not indexed: noindex in the page and in its headers', () => {
    const $ = load(readFileSync(join(adminDir, 'index.html'), 'utf8'));
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(headersOf(regional, editorPath)['x-robots-tag']).toBe('noindex');
  });

  it('runs under its own Content-Security-Policy; the sites keep theirs, unchanged', () => {
    expect(headersOf(regional, editorPath)['content-security-policy']).toBe(
      editorContentSecurityPolicy(editorSettings),
    );
    expect(headersOf(regional, `${editorPath}assets/x.js`)['content-security-policy']).toBe(
      editorContentSecurityPolicy(editorSettings),
    );
    for (const host of hosts) {
      expect(headersOf(host, '/')['content-security-policy']).toBe(contentSecurityPolicy(host));
      expect(headersOf(host, '/administration/')['content-security-policy']).toBe(contentSecurityPolicy(host));
      if (host !== regional) expect(readFileSync(join(dist, host, '_headers'), 'utf8')).not.toContain(editorPath);
    }
    // Nothing the editor needs loosens the sites: no inline style, no blob: and no GitHub there.
    expect(contentSecurityPolicy(regional)).not.toMatch(/unsafe-inline|blob:|github/);
  });

  it('is in no sitemap, search index or feed', () => {
    const hostDir = join(dist, regional);
    const published = readdirSync(hostDir)
      .filter((name) => /\.(xml|ics|txt)$/.test(name))
      .map((name) => readFileSync(join(hostDir, name), 'utf8'));
    expect(published.length).toBeGreaterThan(2);
    for (const text of published) expect(text).not.toContain(`${regional}${editorPath}`);
    expect(searchIndexPages(dist, regional).map((p) => p.url)).not.toContainEqual(expect.stringContaining(editorPath));
  });
});

describe('the web editor’s preview links in the built regional host', () => {
  const config = JSON.parse(readFileSync(join(adminDir, 'config.json'), 'utf8')) as {
    collections: Array<{ name: string; folder?: string; path?: string; extension?: string; preview_path?: string }>;
  };
  const contentDir = testBuilds.contract.env.BRUSANO_CONTENT_DIR!;
  // Every entry file of the content, with the editor collection that lists it (its folder, its
  // path template with any value in each {{tag}}, then the language and the extension).
  const entries = config.collections.flatMap(({ name, folder, path, extension, preview_path }) => {
    if (!folder || !path || !preview_path) return [];
    const dir = join(contentDir, folder.replace(/^content\/?/, ''));
    const file = new RegExp(`^${path.replace(/\{\{[^}]+\}\}/g, '[^/]+')}\\.(fr|nl)\\.${extension}$`);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((f) => {
      const lang = f.match(file)?.[1] as 'fr' | 'nl' | undefined;
      return lang ? [{ name, preview_path, file: f, lang }] : [];
    });
  });

  it('open, for every entry file and language, a page the build published', () => {
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(['focus', 'prevention', 'initiatives-south']));
    expect(entries.length).toBeGreaterThan(5);
    const folder = join(dist, regional, entryAddressFolder);
    const maps = readAddressMaps(folder);
    for (const { name, preview_path, file, lang } of entries) {
      const address = new URL(expandPreviewPath(preview_path, file, lang), `https://${regional}`);
      // The address page, then the map its script reads: the file beside it named by the query.
      expect(fileFor(dist, regional, address.pathname), `${name}: ${file} → ${address.href}`).toBe(
        join(folder, 'index.html'),
      );
      const target = new URL(lookUpAddress(address.href, maps)!);
      expect(hosts).toContain(target.host);
      expect(fileFor(dist, target.host, target.pathname), `${address.href} → ${target.href}`).not.toBeNull();
    }
  });
});
