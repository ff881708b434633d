import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyDiscarded, linkTree, swapInto } from '../../src/pipeline/assemble.ts';

const dir = mkdtempSync(join(tmpdir(), 'brusano-assemble-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('shared assets in every host folder', () => {
  it('gives a host the same files and folders, as links to the one written by Astro', async () => {
    const from = join(dir, 'astro/_astro');
    mkdirSync(join(from, 'fonts'), { recursive: true });
    writeFileSync(join(from, 'index.abc.css'), 'body{}');
    writeFileSync(join(from, 'fonts/a.woff2'), 'font');
    const to = join(dir, 'host/_astro');
    await linkTree(from, to);
    expect(readdirSync(to, { recursive: true, encoding: 'utf8' }).sort()).toEqual([
      'fonts',
      'fonts/a.woff2',
      'index.abc.css',
    ]);
    expect(readFileSync(join(to, 'fonts/a.woff2'), 'utf8')).toBe('font');
    expect(statSync(join(to, 'index.abc.css')).ino).toBe(statSync(join(from, 'index.abc.css')).ino);
  });

  it('links a single file too', async () => {
    writeFileSync(join(dir, 'robots-like.txt'), 'x');
    await linkTree(join(dir, 'robots-like.txt'), join(dir, 'copy.txt'));
    expect(readFileSync(join(dir, 'copy.txt'), 'utf8')).toBe('x');
  });
});

describe('publishing into dist/', () => {
  const site = (path: string, text: string) => {
    mkdirSync(join(path, 'brusano.brussels'), { recursive: true });
    writeFileSync(join(path, 'brusano.brussels/index.html'), text);
  };

  it('replaces dist/ whole and keeps the replaced build aside until the next build deletes it', async () => {
    const dist = join(dir, 'publish/dist');
    const discarded = join(dir, 'publish/discarded');
    site(dist, 'old');
    site(join(dir, 'publish/staging'), 'new');
    await swapInto(join(dir, 'publish/staging'), dist, discarded);
    expect(readFileSync(join(dist, 'brusano.brussels/index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(dir, 'publish/staging'))).toBe(false);
    const [old] = readdirSync(discarded);
    expect(readFileSync(join(discarded, old!, 'brusano.brussels/index.html'), 'utf8')).toBe('old');
    await emptyDiscarded(discarded);
    expect(existsSync(discarded)).toBe(false);
    expect(readFileSync(join(dist, 'brusano.brussels/index.html'), 'utf8')).toBe('new');
  });

  it('replaces only the hosts built, leaving the others in place', async () => {
    const dist = join(dir, 'some/dist');
    const discarded = join(dir, 'some/discarded');
    site(dist, 'old');
    mkdirSync(join(dist, 'bassin-nord.brussels'));
    writeFileSync(join(dist, 'bassin-nord.brussels/index.html'), 'zone');
    site(join(dir, 'some/staging'), 'new');
    await swapInto(join(dir, 'some/staging'), dist, discarded, ['brusano.brussels']);
    expect(readFileSync(join(dist, 'brusano.brussels/index.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(dist, 'bassin-nord.brussels/index.html'), 'utf8')).toBe('zone');
    await emptyDiscarded(discarded);
    expect(existsSync(discarded)).toBe(false);
  });

  it('has nothing to delete on a first build', async () => {
    await expect(emptyDiscarded(join(dir, 'never-built'))).resolves.toBeUndefined();
  });
});
