import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir, fixtures, root, testBuilds } from '../support/builds.ts';
import { page } from '../support/dist.ts';
import { caseContent, malformedCases } from '../support/malformed.ts';

/** Every file of a build as text; Pagefind's compressed index files are decompressed first. */
function allText(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => join(dir, rel))
    .filter((file) => statSync(file).isFile())
    .map((file) => {
      const bytes = readFileSync(file);
      const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
      return { file, text: (gzip ? gunzipSync(bytes) : bytes).toString('utf8') };
    });
}

const markers = ['zyxquatorze', 'wyvernretrait', 'brouillonmarqueur'];

describe('drafts and scheduled entries', () => {
  it('are absent from every file of a production build: HTML, search index, sitemaps, feeds, metadata', () => {
    const files = allText(distDir(testBuilds.scheduled));
    expect(files.some((f) => f.file.includes('/pagefind/fragment/'))).toBe(true);
    for (const marker of markers) {
      expect(files.filter((f) => f.text.includes(marker)).map((f) => f.file)).toEqual([]);
    }
    // The published entry of the same fixture is there, so the search above could have matched.
    expect(files.some((f) => f.text.includes('Guide témoin'))).toBe(true);
  });

  it('are in a preview build, with a banner and noindex, out of the search index and sitemaps', () => {
    const dist = distDir(testBuilds.scheduledPreview);
    const scheduled = page(dist, 'brusano.brussels', '/publications/focus/guide-programme/');
    expect(scheduled('[data-preview-banner=scheduled]').text()).toContain('1 janvier 2099');
    expect(scheduled('meta[name=robots]').attr('content')).toBe('noindex');
    expect(page(dist, 'brusano.brussels', '/page-brouillon/')('[data-preview-banner=draft]')).toHaveLength(1);
    expect(
      page(dist, 'brusano.brussels', '/publications/focus/guide-retire/')('[data-preview-banner=expired]'),
    ).toHaveLength(1);
    const sitemap = readFileSync(join(dist, 'brusano.brussels/sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain('guide-programme');
    // Lists show the entry in a preview, but its own page stays out of the search index.
    const fragments = allText(join(dist, 'brusano.brussels/pagefind')).filter((f) => f.file.includes('/fragment/'));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.filter((f) => f.text.includes('guide-programme')).map((f) => f.file)).toEqual([]);
  });
});

describe('a build with content errors', () => {
  it('publishes nothing and leaves the previous dist/ as it was', () => {
    const work = mkdtempSync(join(tmpdir(), 'failed-build-'));
    const content = join(work, 'content');
    cpSync(join(fixtures, 'content-minimal'), content, { recursive: true });
    writeFileSync(join(content, 'focus/sample-guide/index.fr.md'), '---\ntitle: [cassé\n---\n\nTexte.\n');
    const dist = join(work, 'dist');
    mkdirSync(join(dist, 'brusano.brussels'), { recursive: true });
    writeFileSync(join(dist, 'brusano.brussels/index.html'), 'previous good build');

    const result = spawnSync(
      process.execPath,
      [join(root, 'scripts/build.ts'), '--work', join(work, '.build'), '--dist', dist],
      {
        cwd: root,
        env: { ...process.env, BRUSANO_CONTENT_DIR: content },
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('focus/sample-guide/index.fr.md');
    expect(result.stdout).toContain("L'en-tête");
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace for an author's mistake
    expect(readdirSync(dist)).toEqual(['brusano.brussels']);
    expect(readFileSync(join(dist, 'brusano.brussels/index.html'), 'utf8')).toBe('previous good build');
  });

  it('with malformed files (MDX that does not compile, a script, an impossible date) leaves dist/ byte-identical', () => {
    const cases = ['mdx-unclosed-component', 'html-script', 'date-initiative-day-32'];
    const content = caseContent(...cases);
    const work = join(content, '..');
    const dist = join(work, 'dist');
    const previous: Record<string, string> = {
      'brusano.brussels/index.html': '<!doctype html><title>Brusano</title>',
      'brusano.brussels/publications/focus/guide-temoin/index.html': 'previous page',
      'bassin-sud.brussels/rss.xml': '<rss/>',
      'bassin-sud.brussels/pagefind/pagefind-entry.json': '{}',
    };
    for (const [path, text] of Object.entries(previous)) {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), text);
    }
    const snapshot = () =>
      Object.fromEntries(
        readdirSync(dist, { recursive: true, encoding: 'utf8' })
          .filter((rel) => statSync(join(dist, rel)).isFile())
          .sort()
          .map((rel) => [rel, readFileSync(join(dist, rel)).toString('base64')]),
      );
    const before = snapshot();

    const result = spawnSync(
      process.execPath,
      [join(root, 'scripts/build.ts'), '--work', join(work, '.build'), '--dist', dist],
      { cwd: root, env: { ...process.env, BRUSANO_CONTENT_DIR: content }, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    for (const c of malformedCases().filter((x) => cases.includes(x.name))) {
      for (const want of c.errors) {
        expect(result.stdout).toContain(`${want.file}${want.line ? `:${want.line}` : ''}`);
        expect(result.stdout).toContain(want.fr);
        expect(result.stdout).toContain(want.nl);
      }
    }
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
    expect(snapshot()).toEqual(before);
    expect(Object.keys(before)).toHaveLength(4);
    rmSync(work, { recursive: true, force: true });
  });
});
