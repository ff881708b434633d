import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, testBuilds } from '../support/builds.ts';
import { hostFolders, page } from '../support/dist.ts';

const dist = distDir(testBuilds.extraZone);

describe('a seventh zone is one registry entry plus a logo', () => {
  it('adds its two hosts to the build', () => {
    expect(hostFolders(dist)).toHaveLength(13);
    expect(hostFolders(dist)).toEqual(expect.arrayContaining(['bassin-ouest.brussels', 'zorgzone-west.brussels']));
  });

  it.each(['bassin-ouest.brussels', 'zorgzone-west.brussels'])('%s is complete', (host) => {
    for (const file of ['index.html', '404.html', 'sitemap-index.xml', 'robots.txt', 'pagefind/pagefind.js']) {
      expect(existsSync(join(dist, host, file)), file).toBe(true);
    }
    const css = page(dist, host, '/')('link[rel=stylesheet][href^="/brand/"]').attr('href')!;
    expect(readFileSync(join(dist, host, css), 'utf8')).toContain('#4b4f1a');
  });

  it('has its name, language switcher and a place in the network', () => {
    const fr = page(dist, 'bassin-ouest.brussels', '/');
    expect(fr('.brand-name').text()).toBe('Bassin Ouest');
    expect(fr('[data-language-switcher]').attr('href')).toBe('https://zorgzone-west.brussels/');
    const region = page(dist, 'brusano.brussels', '/nl/');
    expect(region('footer a[href="https://zorgzone-west.brussels/"]').text()).toBe('Zorgzone West');
  });
});
