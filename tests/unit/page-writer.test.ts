import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { hostLedger, hostOfPath, outputFile, pageWriter } from '../../src/pipeline/page-writer.ts';
import { toEntryRef } from '../../src/content/model.ts';
import { planPages } from '../../src/routing/plan.ts';
import { contentIndex } from '../support/content-index.ts';
import { siteEditions } from '../../src/sites/registry.ts';

const hosts = ['a.brussels', 'b.brussels'];
type RenderOptions = Parameters<AstroPrerenderer['render']>[1];
const page = { routeData: { type: 'page' } } as RenderOptions;

describe('the host and file of a rendered path', () => {
  it('finds the host of a path Astro renders, and none for build-only files', () => {
    expect(hostOfPath('/a.brussels/focus/x/', hosts)).toBe('a.brussels');
    expect(hostOfPath('/b.brussels', hosts)).toBe('b.brussels');
    expect(hostOfPath('/build-manifest.json', hosts)).toBeNull();
    expect(hostOfPath('/c.brussels/', hosts)).toBeNull();
  });

  it('is the file Astro would write: index.html in the folder of a page, the path of an endpoint', () => {
    expect(outputFile('/out', '/a.brussels/focus/x/', 'page')).toBe('/out/a.brussels/focus/x/index.html');
    expect(outputFile('/out', '/a.brussels/404.html', 'page')).toBe('/out/a.brussels/404.html/index.html');
    expect(outputFile('/out', '/a.brussels/brand/north.css', 'endpoint')).toBe('/out/a.brussels/brand/north.css');
    expect(outputFile('/out', '/a.brussels/d%C3%A9pistage/', 'page')).toBe('/out/a.brussels/dépistage/index.html');
  });
});

describe('when a host folder is complete', () => {
  it('once all its renders have returned and all its files are written, in any order', () => {
    const ledger = hostLedger(['/build-manifest.json', '/a.brussels/', '/a.brussels/x/', '/b.brussels/'], hosts);
    expect(ledger.returned('/build-manifest.json', 'astro')).toBeNull();
    expect(ledger.returned('/a.brussels/x/', 'worker')).toBeNull();
    expect(ledger.returned('/b.brussels/', 'worker')).toBeNull();
    // b's only render has returned; its file is not written yet.
    expect(ledger.written('a.brussels')).toBeNull();
    expect(ledger.written('b.brussels')).toBe('b.brussels');
    // An empty body: no file to wait for.
    expect(ledger.returned('/a.brussels/', 'none')).toBe('a.brussels');
    expect(ledger.rest()).toEqual([]);
  });

  it('is left for the end for a host with a file Astro writes itself, or with pages not rendered', () => {
    const ledger = hostLedger(['/a.brussels/', '/b.brussels/', '/b.brussels/y/'], hosts);
    expect(ledger.returned('/a.brussels/', 'astro')).toBeNull();
    expect(ledger.returned('/b.brussels/', 'none')).toBeNull();
    expect(ledger.rest().sort()).toEqual(['a.brussels', 'b.brussels']);
  });
});

/** A prerenderer that answers each path with its page's HTML, or a redirect to `/`, as Astro's would. */
const redirect = Symbol('redirect');
function fakeAstro(pages: Record<string, string | typeof redirect>): AstroPrerenderer {
  return {
    name: 'test',
    getStaticPaths: async () => Object.keys(pages).map((pathname) => ({ pathname })),
    render: async (request: Request) => {
      const body = pages[new URL(request.url).pathname];
      if (body === redirect) return new Response(null, { status: 301, headers: { location: '/' } });
      return new Response(body, { headers: { 'content-type': 'text/html' } });
    },
  } as unknown as AstroPrerenderer;
}

async function renderAll(prerenderer: AstroPrerenderer, paths: string[], options = page) {
  await prerenderer.getStaticPaths();
  return Promise.all(paths.map((path) => prerenderer.render(new Request(`http://localhost${path}`), options)));
}

describe('writing the pages on another thread', () => {
  it('writes each page’s bytes where Astro would, gives Astro an empty body, and reports each host once its files are on disk', async () => {
    const out = mkdtempSync(join(tmpdir(), 'page-writer-'));
    const pages = {
      '/a.brussels/': '<html lang="fr">accueil</html>',
      '/a.brussels/d%C3%A9pistage/': '<html lang="fr">dépistage – 1ʳᵉ ligne</html>',
      '/b.brussels/x/': '<html lang="nl">x</html>',
    };
    const complete: Array<{ host: string; onDisk: boolean }> = [];
    const writer = pageWriter(hosts, out, (host) =>
      complete.push({
        host,
        onDisk: Object.keys(pages)
          .filter((path) => path.startsWith(`/${host}/`))
          .every((path) => existsSync(outputFile(out, path, 'page'))),
      }),
    );
    const responses = await renderAll(writer.prerenderer(fakeAstro(pages)), Object.keys(pages));
    expect(responses.map((r) => (r as Response).body)).toEqual([null, null, null]);
    expect(responses.map((r) => (r as Response).status)).toEqual([200, 200, 200]);
    expect(await writer.done()).toEqual([]);
    expect(complete.sort((x, y) => x.host.localeCompare(y.host))).toEqual([
      { host: 'a.brussels', onDisk: true },
      { host: 'b.brussels', onDisk: true },
    ]);
    expect(readFileSync(join(out, 'a.brussels/dépistage/index.html'), 'utf8')).toBe(
      pages['/a.brussels/d%C3%A9pistage/'],
    );
    expect(readFileSync(join(out, 'b.brussels/x/index.html'), 'utf8')).toBe(pages['/b.brussels/x/']);
  });

  it('reports a host complete while Astro still renders others, its last few files sent without waiting for a full batch', async () => {
    const out = mkdtempSync(join(tmpdir(), 'page-writer-'));
    const complete: string[] = [];
    const writer = pageWriter(hosts, out, (host) => complete.push(host));
    const prerenderer = writer.prerenderer(
      fakeAstro({
        '/a.brussels/': '<html>a</html>',
        '/a.brussels/x/': '<html>x</html>',
        '/b.brussels/': '<html>b</html>',
      }),
    );
    await prerenderer.getStaticPaths();
    const render = (path: string) => prerenderer.render(new Request(`http://localhost${path}`), page);
    await Promise.all([render('/a.brussels/'), render('/a.brussels/x/')]);
    // b.brussels is still to render: done() is not called.
    for (let wait = 0; wait < 100 && !complete.length; wait++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(complete).toEqual(['a.brussels']);
    expect(readFileSync(join(out, 'a.brussels/x/index.html'), 'utf8')).toBe('<html>x</html>');
    await render('/b.brussels/');
    expect(await writer.done()).toEqual([]);
    expect(complete).toEqual(['a.brussels', 'b.brussels']);
  });

  it('leaves redirects and build-only files to Astro, and their hosts for the end', async () => {
    const out = mkdtempSync(join(tmpdir(), 'page-writer-'));
    const complete: string[] = [];
    const writer = pageWriter(hosts, out, (host) => complete.push(host));
    const [moved, manifest] = (await renderAll(
      writer.prerenderer(fakeAstro({ '/a.brussels/old/': redirect, '/build-manifest.json': '[]' })),
      ['/a.brussels/old/', '/build-manifest.json'],
    )) as Response[];
    expect(moved!.status).toBe(301);
    expect(moved!.headers.get('location')).toBe('/');
    expect(await manifest!.text()).toBe('[]');
    expect(await writer.done()).toEqual(['a.brussels']);
    expect(complete).toEqual([]);
    expect(existsSync(join(out, 'a.brussels'))).toBe(false);
  });

  it('fails the build, naming the file, when a page cannot be written', async () => {
    const out = mkdtempSync(join(tmpdir(), 'page-writer-'));
    // A file where the host's folder should be.
    writeFileSync(join(out, 'a.brussels'), '');
    const writer = pageWriter(hosts, out, () => {});
    await renderAll(writer.prerenderer(fakeAstro({ '/a.brussels/x/': '<html></html>' })), ['/a.brussels/x/']);
    await expect(writer.done()).rejects.toThrow(/Writing the pages failed: .*a\.brussels\/x\/index\.html/);
  });
});

describe('cross-references in the pages written', () => {
  const content = contentIndex({
    focus: [
      toEntryRef('focus', 'mental-health/fr', { slug: 'sante-mentale' }),
      toEntryRef('focus', 'mental-health/nl', { slug: 'geestelijke-gezondheid' }),
    ],
  });
  const planJson = JSON.stringify(planPages(content, siteEditions, new Date('2025-10-15T10:00:00Z')));
  const link = '<p><a href="focus:mental-health#services">Santé mentale</a></p>';

  it('are resolved for the page’s site and language, from the plan given while the pages render', async () => {
    const out = mkdtempSync(join(tmpdir(), 'page-writer-'));
    const writer = pageWriter(['brusano.brussels'], out, () => {}, { resolveReferences: true });
    const prerenderer = writer.prerenderer(fakeAstro({ '/brusano.brussels/': link, '/brusano.brussels/nl/': link }));
    await prerenderer.getStaticPaths();
    const render = (path: string) => prerenderer.render(new Request(`http://localhost${path}`), page);
    // A page rendered before the plan comes waits for it.
    await render('/brusano.brussels/');
    writer.usePlan(planJson);
    await render('/brusano.brussels/nl/');
    await writer.done();
    expect(readFileSync(join(out, 'brusano.brussels/index.html'), 'utf8')).toBe(
      '<p><a href="/publications/focus/sante-mentale/#services">Santé mentale</a></p>',
    );
    expect(readFileSync(join(out, 'brusano.brussels/nl/index.html'), 'utf8')).toBe(
      '<p><a href="/nl/publicaties/focus/geestelijke-gezondheid/#services">Santé mentale</a></p>',
    );
  });

  it('stop the build, saying why, when Astro rendered no page plan', async () => {
    const writer = pageWriter(['brusano.brussels'], mkdtempSync(join(tmpdir(), 'page-writer-')), () => {}, {
      resolveReferences: true,
    });
    await renderAll(writer.prerenderer(fakeAstro({ '/brusano.brussels/': link })), ['/brusano.brussels/']);
    await expect(writer.done()).rejects.toThrow('Astro rendered no page plan');
  });
});
