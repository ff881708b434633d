import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkTree } from '../../src/pipeline/assemble.ts';

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
