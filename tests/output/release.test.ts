import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hosts } from '../../src/sites/registry.ts';
import { distDir, pagePlan, testBuilds } from '../support/builds.ts';
import { fileFor, htmlPages, page } from '../support/dist.ts';

const dist = distDir(testBuilds.sample);
const plan = pagePlan(testBuilds.sample);

function fingerprints(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((rel) => statSync(join(dir, rel)).isFile())
      .map((rel) => [
        rel,
        createHash('sha256')
          .update(readFileSync(join(dir, rel)))
          .digest('hex'),
      ]),
  );
}

describe('deterministic build', () => {
  it('two builds of the same commit and build date are byte-identical', () => {
    const first = fingerprints(dist);
    const second = fingerprints(distDir(testBuilds.sampleAgain));
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const different = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(different).toEqual([]);
  });
});

describe('page weight budget', () => {
  const budget = 35 * 1024;

  it.each([...hosts])('%s: HTML + CSS of every page is at most 35 KB gzipped, CSS shared and hashed', (host) => {
    const over: string[] = [];
    for (const path of htmlPages(dist, host)) {
      const $ = page(dist, host, path);
      const css = $('link[rel=stylesheet]')
        .toArray()
        .map((l) => l.attribs.href!);
      expect(
        css.every((href) => /^\/(_astro|brand)\/[^/]+\.[\w-]{8,}\.css$/.test(href)),
        `${host}${path}: ${css}`,
      ).toBe(true);
      const bytes = [fileFor(dist, host, path)!, ...css.map((href) => join(dist, host, href))]
        .map((file) => gzipSync(readFileSync(file)).length)
        .reduce((a, b) => a + b, 0);
      if (bytes > budget) over.push(`${host}${path}: ${bytes} bytes`);
    }
    expect(over).toEqual([]);
  });

  it('ships JavaScript only on search pages and pages with a video', () => {
    const scripted = hosts.flatMap((host) =>
      htmlPages(dist, host).flatMap((path) => {
        const $ = page(dist, host, path);
        const scripts = $('script')
          .toArray()
          .filter((s) => s.attribs.type !== 'application/ld+json' && s.attribs.type !== 'application/json');
        const isSearch = plan.some((p) => p.host === host && p.path === path && p.ref.kind === 'search');
        const hasVideo = $('[data-video]').length > 0;
        return scripts.length > 0 && !isSearch && !hasVideo ? [`${host}${path}`] : [];
      }),
    );
    expect(scripted).toEqual([]);
    // No inline script anywhere: the Content-Security-Policy allows none.
    for (const host of hosts) {
      for (const path of htmlPages(dist, host)) {
        const inline = page(
          dist,
          host,
          path,
        )('script:not([src])')
          .toArray()
          .filter((s) => !/json/.test(s.attribs.type ?? ''));
        expect(inline, `${host}${path}`).toEqual([]);
      }
    }
  });
});
