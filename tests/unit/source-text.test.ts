/**
 * Files that are odd but legitimate: a byte-order mark, Windows line endings (CR LF), decomposed
 * accents (macOS, text pasted from a PDF). `npm run check` accepts them and reads them right, and
 * the markdown processor publishes their text in composed form (NFC). The built pages, feed and
 * search index are tested in tests/output/source-text.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check/check-content.ts';
import type { Problem } from '../../src/content/check/problems.ts';
import { markdownProcessor } from '../../src/content/markdown.ts';
import { cleanText, composed, decodeSource } from '../../src/content/source-text.ts';
import { decomposed, oddText, windowsFile } from '../support/builds.ts';
import { contentFixture } from '../support/content-fixture.ts';

let cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function check(changes: Record<string, string | Buffer | null>): Problem[] {
  const { root, cleanup } = contentFixture(changes);
  cleanups.push(cleanup);
  return checkContent({ root, base: root, now: new Date('2025-03-15T10:00:00Z') });
}
const errors = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');

const guide = 'focus/odd-guide/index.fr.md';

describe('text as it enters', () => {
  it('drops a byte-order mark, makes line endings \\n and letters composed', () => {
    expect(cleanText('\uFEFFCafe\u0301\r\nligne\rfin')).toBe('Caf\u00e9\nligne\nfin');
  });

  it('composes every string of parsed fields, keeping dates and numbers', () => {
    const date = new Date('2025-01-01');
    expect(composed({ title: 'E\u0301quipe', list: [{ name: 'ide\u0301e' }], date, n: 3 })).toEqual({
      title: '\u00c9quipe',
      list: [{ name: 'id\u00e9e' }],
      date,
      n: 3,
    });
  });

  it('tells an empty file, a binary file and another encoding apart', () => {
    expect(decodeSource(new Uint8Array())).toEqual({ problem: 'empty' });
    expect(decodeSource(new TextEncoder().encode('\uFEFF\r\n  \r\n'))).toEqual({ problem: 'empty' });
    expect(decodeSource(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toEqual({ problem: 'notText' });
    expect(decodeSource(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toEqual({ problem: 'notUtf8' });
  });
});

describe('npm run check accepts odd but legitimate files and reads them right', () => {
  it('a file with a byte-order mark and Windows line endings', () => {
    expect(errors(check({ [guide]: windowsFile(oddText.fr), 'focus/odd-guide/index.nl.md': oddText.nl }))).toEqual([]);
  });

  it('decomposed accents', () => {
    const text = decomposed(oddText.fr);
    expect(text).not.toBe(oddText.fr);
    expect(errors(check({ [guide]: text }))).toEqual([]);
  });

  it('an MDX file with a byte-order mark and Windows line endings', () => {
    expect(errors(check({ 'focus/odd-components/index.fr.mdx': windowsFile(oddText.mdx) }))).toEqual([]);
  });

  it('gives the right line in a Windows file with a byte-order mark', () => {
    const [p] = errors(check({ [guide]: windowsFile(oddText.fr.replace('2025-01-20', '2025-02-30')) }));
    expect(p).toMatchObject({ file: guide, line: 7, field: 'updated' });
  });

  it('names decomposed values in composed form in its messages', () => {
    const [p] = errors(check({ [guide]: decomposed(oddText.fr.replace('theme: testing', 'theme: santé')) }));
    expect(p!.message.fr).toContain('"sant\u00e9"');
  });
});

describe('the markdown processor', () => {
  it('publishes a Windows file with decomposed accents as composed text', async () => {
    const renderer = await markdownProcessor().createRenderer({});
    const { code } = await renderer.render(windowsFile(decomposed('## Deuxième étape\n\nLes équipes.\n')), {
      frontmatter: {},
    });
    expect(code).toBe('<h2 id="deuxième-étape">Deuxième étape</h2>\n<p>Les équipes.</p>');
  });
});
