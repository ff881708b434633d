/** A throwaway content folder: the minimal fixture plus the changes a test makes. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fixtures } from './builds.ts';

export function contentFixture(changes: Record<string, string | Buffer | null>): { root: string; cleanup: () => void } {
  const root = join(mkdtempSync(join(tmpdir(), 'content-')), 'content');
  cpSync(join(fixtures, 'content-minimal'), root, { recursive: true });
  for (const [path, text] of Object.entries(changes)) {
    const file = join(root, path);
    if (text === null) {
      rmSync(file, { force: true });
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { root, cleanup: () => rmSync(dirname(root), { recursive: true, force: true }) };
}

/** Frontmatter plus a body, as an author writes it. */
export function md(frontmatter: string, body = 'Texte.'): string {
  return `---\n${frontmatter.trim()}\n---\n\n${body}\n`;
}
