import { describe, expect, it } from 'vitest';
import { globSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { hostOfPath, outputFile, pageFiles, renderLedger, searchIndexer, unwritten } from '../../src/search/indexer.ts';
import { groupedByHost } from '../../src/routing/plan.ts';

const hosts = ['a.brussels', 'b.brussels'];

describe('indexing each host once its pages are written', () => {
  it('finds the host of a path Astro renders, and none for build-only files', () => {
    expect(hostOfPath('/a.brussels/focus/x/', hosts)).toBe('a.brussels');
    expect(hostOfPath('/b.brussels', hosts)).toBe('b.brussels');
    expect(hostOfPath('/build-manifest.json', hosts)).toBeNull();
    expect(hostOfPath('/c.brussels/', hosts)).toBeNull();
  });

  it('hands out a host once all its renders have returned, in any order, with the files and bytes Astro will write', () => {
    const paths = ['/build-manifest.json', '/a.brussels/', '/a.brussels/x/', '/b.brussels/', '/b.brussels/y/'];
    const ledger = renderLedger(paths, hosts);
    expect(ledger.returned('/build-manifest.json', { file: 'm', bytes: 9 })).toBeNull();
    expect(ledger.returned('/a.brussels/x/', { file: 'a/x', bytes: 300 })).toBeNull();
    expect(ledger.returned('/b.brussels/', { file: 'b', bytes: 50 })).toBeNull();
    // An empty body: Astro writes no file for it.
    expect(ledger.returned('/a.brussels/', null)).toEqual({
      host: 'a.brussels',
      files: [{ file: 'a/x', bytes: 300 }],
    });
    expect(ledger.rest()).toEqual(['b.brussels']);
  });

  it('leaves for the end a host with a page it cannot size, or whose pages are not all rendered', () => {
    const ledger = renderLedger(['/a.brussels/', '/a.brussels/x/', '/b.brussels/', '/b.brussels/y/'], hosts);
    expect(ledger.returned('/b.brussels/', 'unknown')).toBeNull();
    expect(ledger.returned('/a.brussels/', { file: 'a', bytes: 1 })).toBeNull();
    // Each host once, though b is both unfinished and unsized.
    expect(ledger.rest().sort()).toEqual(['a.brussels', 'b.brussels']);
  });

  it('expects the file Astro writes for each path: index.html in the folder of a page, the path of an endpoint', () => {
    expect(outputFile('/out', '/a.brussels/focus/x/', 'page')).toBe('/out/a.brussels/focus/x/index.html');
    expect(outputFile('/out', '/a.brussels/404.html', 'page')).toBe('/out/a.brussels/404.html/index.html');
    expect(outputFile('/out', '/a.brussels/brand/north.css', 'endpoint')).toBe('/out/a.brussels/brand/north.css');
    expect(outputFile('/out', '/a.brussels/d%C3%A9pistage/', 'page')).toBe('/out/a.brussels/dépistage/index.html');
  });
});

describe('the files Pagefind reads in a host folder', () => {
  it('are every page Astro writes, the not-found pages’ folders left out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-glob-'));
    // As Astro writes a host: pages as index.html, the route …/404.html as a folder.
    const pages = ['index.html', 'guide/index.html', '404.html/index.html', 'nl/404.html/index.html'];
    for (const page of pages) {
      mkdirSync(join(dir, page, '..'), { recursive: true });
      writeFileSync(join(dir, page), '<html></html>');
    }
    const matched = (pattern: string) =>
      globSync(pattern, { cwd: dir, withFileTypes: true }).map((e) => ({
        path: join(e.parentPath, e.name).slice(dir.length + 1),
        folder: e.isDirectory(),
      }));
    expect(
      matched(pageFiles)
        .map((m) => m.path)
        .sort(),
    ).toEqual([...pages].sort());
    expect(matched(pageFiles).filter((m) => m.folder)).toEqual([]);
    // What Pagefind's default would read: folders it retries for half a second each.
    expect(
      matched('**/*.html')
        .filter((m) => m.folder)
        .map((m) => m.path)
        .sort(),
    ).toEqual(['404.html', 'nl/404.html']);
  });
});

describe('a host folder being written', () => {
  it('is written once each expected file holds its bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'written-'));
    mkdirSync(join(dir, 'x'));
    const files = [
      { file: join(dir, 'index.html'), bytes: 3 },
      { file: join(dir, 'x', 'index.html'), bytes: 5 },
    ];
    writeFileSync(join(dir, 'index.html'), 'abc');
    expect(unwritten(files)).toEqual([files[1]]);
    writeFileSync(join(dir, 'x', 'index.html'), 'de');
    // A file still being written is shorter than its body.
    expect(unwritten(files)).toEqual([files[1]]);
    writeFileSync(join(dir, 'x', 'index.html'), 'defgh');
    expect(unwritten(files)).toEqual([]);
  });
});

describe('a build that fails while rendering', () => {
  it('stops waiting for a page Astro never wrote, and indexes nothing more, once the build closes the indexer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'indexer-'));
    const indexer = searchIndexer(['a.brussels'], dir, (host) => join(dir, 'bundles', host));
    const base = {
      name: 'test',
      getStaticPaths: async () => [{ pathname: '/a.brussels/x/' }],
      render: async () => new Response('<html></html>', { headers: { 'content-length': '13' } }),
    } as unknown as AstroPrerenderer;
    const wrapped = indexer.prerenderer(base);
    await wrapped.getStaticPaths();
    await wrapped.render(new Request('http://localhost/a.brussels/x/'), {
      routeData: { type: 'page' },
    } as Parameters<AstroPrerenderer['render']>[1]);
    // Astro failed before writing a.brussels/x/index.html: the build closes the indexer and exits.
    await indexer.close();
    await expect(indexer.done()).rejects.toThrow('The build stopped before a.brussels was indexed');
  });
});

describe('render order', () => {
  it('groups pages host after host, in order of first appearance, keeping their order within a host', () => {
    const pages = [
      { host: 'a', n: 1 },
      { host: 'b', n: 2 },
      { host: 'a', n: 3 },
      { host: 'c', n: 4 },
      { host: 'b', n: 5 },
    ];
    expect(groupedByHost(pages).map((p) => p.n)).toEqual([1, 3, 2, 5, 4]);
  });
});
