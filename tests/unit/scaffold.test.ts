import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check/check-content.ts';
import { root } from '../support/builds.ts';
import { contentFixture } from '../support/content-fixture.ts';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

function runNew(content: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts/new.ts'), ...args], {
    cwd: root,
    env: { ...process.env, BRUSANO_CONTENT_DIR: content },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('npm run new', () => {
  it.each([
    ['focus', 'perinatal-care'],
    ['prevention', '2025-04-tuberculosis'],
    ['consultation', 'north/crisis/2025-1'],
    ['zinneke-issue', '02'],
    ['page', 'south/contact'],
  ])('creates a %s pair that passes npm run check', (collection, key) => {
    const fixture = contentFixture({});
    cleanup = fixture.cleanup;
    const result = runNew(fixture.root, collection, key);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Created .*fr\.md/);
    const errors = checkContent({ root: fixture.root, base: fixture.root, now: new Date('2025-03-15') }).filter(
      (p) => p.severity === 'error',
    );
    expect(errors).toEqual([]);
  });

  it('writes a Zinneke article into an existing issue, and frontmatter an author can read', () => {
    const fixture = contentFixture({});
    cleanup = fixture.cleanup;
    expect(runNew(fixture.root, 'zinneke-article', '01/local-networks').status).toBe(0);
    const text = readFileSync(join(fixture.root, 'zinneke/01/local-networks/index.nl.md'), 'utf8');
    // The form the web editor writes: the fields in the contract's order, quotes only where needed.
    expect(text).toMatch(
      /^---\nissue: '01'\narticle: local-networks\nrubric: state-of-play\ntitle: Titel aan te vullen\nsummary: .*\ndraft: true\n---\n\nTekst aan te vullen.\n$/,
    );
  });

  it('refuses to overwrite, and rejects a key that does not fit', () => {
    const fixture = contentFixture({});
    cleanup = fixture.cleanup;
    const before = readFileSync(join(fixture.root, 'focus/sample-guide/index.fr.md'), 'utf8');
    const again = runNew(fixture.root, 'focus', 'sample-guide');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(join(fixture.root, 'focus/sample-guide/index.fr.md'), 'utf8')).toBe(before);
    expect(runNew(fixture.root, 'prevention', 'tuberculosis').stderr).toContain('starts with its month');
  });
});
