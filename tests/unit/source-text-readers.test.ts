/**
 * The check reads most frontmatters with js-yaml alone and the others with the `yaml` package
 * (src/content/check/rules/source-text.ts): both ways must tell authors the same. Thousands of
 * small mistakes, made in the project's own files, are read both ways.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  plainLayout,
  readSource,
  readSourceThoroughly,
  type ReadSource,
} from '../../src/content/check/rules/source-text.ts';
import type { Problem } from '../../src/content/check/problems.ts';

const root = join(import.meta.dirname, '../..');
const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.mdx?$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
const withFrontmatter = (dir: string) =>
  markdownFiles(join(root, dir))
    .map((file) => readFileSync(file, 'utf8'))
    .filter((text) => text.startsWith('---\n') && text.indexOf('\n---', 3) > 0);
const sample = withFrontmatter('content');
const sources = [...sample, ...withFrontmatter('tests/fixtures')];

const bytes = (text: string) => new TextEncoder().encode(text);
const outcome = (read: ReadSource | { problems: Problem[] }) =>
  'problems' in read ? { problems: read.problems } : { data: read.data, body: read.body, positions: read.positions() };

/** Pieces an author might type by mistake, YAML's own signs first. */
const pieces = [
  ':',
  '#',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '-',
  '|',
  '>',
  '\t',
  ' ',
  '@',
  '`',
  '%',
  '!',
  '&',
  '*',
  '?',
  '\n',
  '  ',
  '\\',
];
const longer = [
  '\n  - ',
  '\nkey: ',
  ': "',
  '\n  ',
  '\n- ',
  ': [',
  ' #',
  '\nsummary: >\n  ',
  ': |\n',
  '2025-02-30',
  '1_000',
  '<<: ',
];

describe('reading a frontmatter quickly or thoroughly', () => {
  it('reads every file of the sample content quickly', () => {
    expect(sample.length).toBeGreaterThan(50);
    const frontmatter = (text: string) => text.slice(4, text.indexOf('\n---', 3));
    expect(sample.filter((text) => !plainLayout(frontmatter(text))).length).toBe(0);
  });

  it('tells the same about thousands of mistaken frontmatters', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const all = [...pieces, ...longer];
    let quick = 0;
    let differing = 0;
    for (let i = 0; i < 4000; i++) {
      let text = sources[random(sources.length)]!;
      const end = text.indexOf('\n---', 3);
      for (let k = 0, edits = 1 + random(3); k < edits; k++) {
        const at = 4 + random(end - 4);
        const op = random(3);
        text =
          op === 0
            ? text.slice(0, at) + all[random(all.length)] + text.slice(at)
            : op === 1
              ? text.slice(0, at) + text.slice(at + 1)
              : text.slice(0, at) + all[random(all.length)] + all[random(all.length)] + text.slice(at);
      }
      if (plainLayout(text.slice(4, text.indexOf('\n---', 3)))) quick++;
      const a = outcome(readSource(bytes(text), 'f.md'));
      const b = outcome(readSourceThoroughly(bytes(text), 'f.md'));
      if (!isDeepStrictEqual(a, b)) {
        differing++;
        expect(a, text).toEqual(b);
      }
    }
    expect(differing).toBe(0);
    // Both ways are exercised: many mistakes keep the plain layout, many do not.
    expect(quick).toBeGreaterThan(1000);
    expect(quick).toBeLessThan(3900);
  });

  it.each([
    ['a comment stuck to a closing quote', 'title: "Santé"#mentale'],
    ['a quoted text going on unindented', "summary: 'Mars : le dépistage\n- à la maison'"],
    ['a number with _', 'participants: 1_000'],
    ['a merge key', 'base: &b\n  a: 1\nother:\n  <<: *b'],
    ['a tab', 'webinar:\n\tdate: 2025-01-01'],
  ])('leaves %s to the thorough reading', (_, yaml) => {
    expect(plainLayout(yaml)).toBe(false);
    const text = `---\n${yaml}\n---\nText.\n`;
    expect(outcome(readSource(bytes(text), 'f.md'))).toEqual(outcome(readSourceThoroughly(bytes(text), 'f.md')));
  });

  it('finds the line of a field read quickly, only when asked', () => {
    const read = readSource(bytes('---\ntitle: A\nwebinar:\n  date: 2025-01-01\n---\nText.\n'), 'f.md');
    if ('problems' in read) throw new Error('unexpected problems');
    expect(read.positions().fieldLines.get('webinar.date')).toBe(4);
    expect(read.positions().keyLines.get('title')).toBe(2);
  });
});
