/**
 * Issue 13, point 5: the check parses each markdown body once, however many of its rules (images
 * and imports, active content, MDX) look inside it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentFixture, md } from '../support/content-fixture.ts';

const parsed = vi.hoisted(() => [] as string[]);
vi.mock('satteri', async (importOriginal) => {
  const satteri = await importOriginal<typeof import('satteri')>();
  return {
    ...satteri,
    markdownToMdast: (text: string, options: Parameters<typeof satteri.markdownToMdast>[1]) => {
      parsed.push(text);
      return satteri.markdownToMdast(text, options);
    },
    mdxToMdast: (text: string, options: Parameters<typeof satteri.mdxToMdast>[1]) => {
      parsed.push(text);
      return satteri.mdxToMdast(text, options);
    },
  };
});
const { checkContent } = await import('../../src/content/check/check-content.ts');

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.mdx?$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));

let cleanup = () => {};
afterEach(() => cleanup());

describe('the content check reads each body once', () => {
  it('parses every markdown file exactly once, with images, raw HTML and MDX in it', () => {
    const fixture = contentFixture({
      'focus/parsed-once/index.fr.md': md(
        'title: Guide lu une fois\nsummary: Un guide.\ntheme: testing\nupdated: 2025-01-15\nedition: 2025',
        '## 1. Première ligne\n\n![Un schéma](./absent.png)\n\n<details><summary>Plus</summary>Texte.</details>\n',
      ),
    });
    cleanup = fixture.cleanup;
    parsed.length = 0;
    checkContent({ root: fixture.root, base: fixture.root, now: new Date('2025-03-15T10:00:00Z') });
    const files = markdownFiles(fixture.root);
    expect(files.length).toBeGreaterThan(5);
    expect(parsed).toHaveLength(files.length);
    expect(parsed.some((text) => text.includes('Guide lu une fois'))).toBe(true);
  });
});
