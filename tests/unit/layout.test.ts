import { describe, expect, it } from 'vitest';
import {
  collectionGlob,
  entryFile,
  entryFolder,
  entryIdOf,
  expectedFileNames,
  placeFile,
} from '../../src/content/layout.ts';

describe('the content layout, from the contract’s path templates', () => {
  it('places each kind of entry file, with its translation key, language and named parts', () => {
    expect(placeFile('focus/palliative-care/index.fr.md')).toEqual({
      collection: 'focus',
      key: 'palliative-care',
      lang: 'fr',
      parts: { key: 'palliative-care' },
    });
    expect(placeFile('prevention/2025-03-colorectal-cancer/zones/south.nl.md')).toMatchObject({
      collection: 'initiatives',
      key: '2025-03-colorectal-cancer/zones/south',
      parts: { prevention: '2025-03-colorectal-cancer', zone: 'south' },
    });
    expect(placeFile('consultations/south/mental-health/2024-10/index.nl.mdx')).toMatchObject({
      collection: 'consultations',
      key: 'south/mental-health/2024-10',
      parts: { zone: 'south', topic: 'mental-health', year: '2024', meeting: '10' },
    });
    expect(placeFile('zinneke/01/index.fr.md')).toMatchObject({ collection: 'zinnekeIssues', key: '01' });
    expect(placeFile('zinneke/01/territorialisation/index.fr.md')).toMatchObject({
      collection: 'zinnekeArticles',
      key: '01/territorialisation',
    });
    expect(placeFile('pages/all/accessibility/index.nl.md')).toMatchObject({
      collection: 'pages',
      key: 'all/accessibility',
    });
  });

  it('names the expected file when the language part is wrong, and says a stray file is misplaced', () => {
    expect(placeFile('focus/palliative-care/index.en.md')).toEqual({
      collection: 'focus',
      wrongLanguage: 'en',
      expected: 'index.fr.md / index.nl.md',
    });
    expect(placeFile('prevention/2025-03-x/zones/south.de.md')).toMatchObject({
      expected: '<zone>.fr.md / <zone>.nl.md',
    });
    // The layout before the web editor: one file per language named after it.
    expect(placeFile('focus/palliative-care/fr.md')).toEqual({
      misplaced: true,
      expected: 'index.fr.md / index.nl.md',
    });
    expect(placeFile('focus/notes.md')).toMatchObject({ misplaced: true });
    // Initiatives are markdown only.
    expect(placeFile('prevention/2025-03-x/zones/south.fr.mdx')).toMatchObject({ misplaced: true });
  });

  it('writes paths back from a key, and globs for Astro’s loaders', () => {
    expect(entryFile('consultations', 'south/crisis/2026-1', 'nl')).toBe(
      'consultations/south/crisis/2026-1/index.nl.md',
    );
    expect(entryFile('initiatives', '2025-03-x/zones/north', 'fr')).toBe('prevention/2025-03-x/zones/north.fr.md');
    expect(entryFolder('zinnekeArticles', '01/tools')).toBe('zinneke/01/tools');
    expect(collectionGlob('consultations')).toEqual({
      base: 'consultations',
      pattern: '*/*/*-*/index.{fr,nl}.{md,mdx}',
    });
    expect(collectionGlob('initiatives')).toEqual({ base: 'prevention', pattern: '*/zones/*.{fr,nl}.md' });
    expect(expectedFileNames('pages')).toBe('index.fr.md / index.nl.md');
  });

  it('gives entries ids `<key>/<lang>`, whatever the file name', () => {
    expect(entryIdOf('focus', 'palliative-care/index.nl.md')).toBe('palliative-care/nl');
    expect(entryIdOf('initiatives', '2025-03-x/zones/south.fr.md')).toBe('2025-03-x/zones/south/fr');
  });
});
