import { describe, expect, it } from 'vitest';
import { globSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageFiles, searchIndexer } from '../../src/search/indexer.ts';
import { inRenderOrder } from '../../src/routing/plan.ts';

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

describe('a build that fails while rendering', () => {
  it('indexes nothing more once the build closes the indexer, and says which host was left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'indexer-'));
    const indexer = searchIndexer(dir, (host) => join(dir, 'bundles', host));
    await indexer.close();
    await expect(indexer.done(['a.brussels'])).rejects.toThrow('The build stopped before a.brussels was indexed');
  });
});

describe('render order', () => {
  it('groups pages host after host, the smallest host first, keeping their order within a host', () => {
    const pages = [
      { host: 'a', n: 1 },
      { host: 'b', n: 2 },
      { host: 'a', n: 3 },
      { host: 'c', n: 4 },
      { host: 'b', n: 5 },
      { host: 'a', n: 6 },
      { host: 'd', n: 7 },
    ];
    // c and d have one page each (in order of first appearance), b two, a three.
    expect(inRenderOrder(pages).map((p) => p.n)).toEqual([4, 7, 2, 5, 1, 3, 6]);
  });
});
