import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hosts } from '../../src/sites/registry.ts';
import { distDir, testBuilds } from '../support/builds.ts';
import { hostFolders } from '../support/dist.ts';

const dist = distDir(testBuilds.sample);

describe('dist/ holds one folder per host, ready to upload', () => {
  it('has exactly the hosts of the registry', () => {
    expect(hostFolders(dist).sort()).toEqual([...hosts].sort());
  });

  it.each([...hosts])('%s has its home, 404, sitemap index, robots.txt and search index', (host) => {
    for (const file of ['index.html', '404.html', 'sitemap-index.xml', 'robots.txt', 'pagefind/pagefind.js']) {
      expect(existsSync(join(dist, host, file)), `${host}/${file}`).toBe(true);
    }
  });

  it('serves the regional host in French at / and in Dutch under /nl/', () => {
    expect(existsSync(join(dist, 'brusano.brussels/nl/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'bassin-sud.brussels/nl'))).toBe(false);
  });
});

describe('npm run build -- --host <host>', () => {
  it('builds that host alone, complete', () => {
    const one = distDir(testBuilds.oneHost);
    expect(hostFolders(one)).toEqual(['bassin-sud.brussels']);
    for (const file of [
      'index.html',
      '404.html',
      'sitemap-index.xml',
      'robots.txt',
      '_headers',
      'pagefind/pagefind.js',
    ]) {
      expect(existsSync(join(one, 'bassin-sud.brussels', file)), file).toBe(true);
    }
  });
});
