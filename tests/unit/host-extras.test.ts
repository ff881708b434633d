import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { feedDataPath, planPath, watchBuildData } from '../../src/pipeline/build-data.ts';
import { moveHostExtras } from '../../src/pipeline/host-extras.ts';

const prerenderer = (bodies: Record<string, string>): AstroPrerenderer => ({
  name: 'test',
  getStaticPaths: async () => [],
  render: async (request) => new Response(bodies[new URL(request.url).pathname] ?? ''),
});

describe('files written from the page plan while the pages render', () => {
  it('hands the page plan and the feed data over as they are rendered, and Astro still gets the whole response', async () => {
    const seen: string[] = [];
    const watched = watchBuildData(
      prerenderer({ [planPath]: '[{"host":"a"}]', [feedDataPath]: '[]', '/a/': '<html></html>' }),
      { [planPath]: (text) => seen.push(`plan ${text}`), [feedDataPath]: (text) => seen.push(`feeds ${text}`) },
    );
    const page = await watched.render(new Request('http://localhost/a/'), { routeData: {} as never });
    const plan = await watched.render(new Request(`http://localhost${planPath}`), { routeData: {} as never });
    await watched.render(new Request(`http://localhost${feedDataPath}`), { routeData: {} as never });
    expect(seen).toEqual(['plan [{"host":"a"}]', 'feeds []']);
    expect(await (plan as Response).text()).toBe('[{"host":"a"}]');
    expect(await (page as Response).text()).toBe('<html></html>');
  });

  it('moves each host’s extra files into its folder, and refuses to overwrite a page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extras-'));
    mkdirSync(join(dir, 'extras/a.brussels/admin'), { recursive: true });
    writeFileSync(join(dir, 'extras/a.brussels/robots.txt'), 'User-agent: *');
    writeFileSync(join(dir, 'extras/a.brussels/admin/index.html'), 'editor');
    mkdirSync(join(dir, 'staging/a.brussels'), { recursive: true });
    await moveHostExtras(join(dir, 'extras'), join(dir, 'staging'), ['a.brussels']);
    expect(readFileSync(join(dir, 'staging/a.brussels/robots.txt'), 'utf8')).toBe('User-agent: *');
    expect(existsSync(join(dir, 'staging/a.brussels/admin/index.html'))).toBe(true);

    writeFileSync(join(dir, 'extras/a.brussels/robots.txt'), 'again');
    await expect(moveHostExtras(join(dir, 'extras'), join(dir, 'staging'), ['a.brussels'])).rejects.toThrow(
      'a.brussels/robots.txt is both a page of the site and a file the build adds',
    );
  });
});
