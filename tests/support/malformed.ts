/**
 * The malformed-content corpus, tests/fixtures/malformed: each case's files are laid over the
 * minimal fixture, and its expected.json says what `npm run check` must tell the author.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures } from './builds.ts';

export interface ExpectedError {
  /** The file, within content/. */
  file: string;
  line?: number;
  field?: string;
  /** Words the French message or fix contains. */
  fr: string;
  /** Words the Dutch message or fix contains. */
  nl: string;
}

export interface MalformedCase {
  name: string;
  description: string;
  errors: ExpectedError[];
}

export const malformed = join(fixtures, 'malformed');

/** Every case of the corpus, with what it must produce. */
export function malformedCases(): MalformedCase[] {
  return readdirSync(malformed)
    .filter((name) => statSync(join(malformed, name)).isDirectory())
    .sort()
    .map((name) => ({
      name,
      ...(JSON.parse(readFileSync(join(malformed, name, 'expected.json'), 'utf8')) as Omit<MalformedCase, 'name'>),
    }));
}

/** The minimal fixture with some cases' files laid over it, in a throwaway folder (its parent is the temp dir). */
export function caseContent(...names: string[]): string {
  const root = join(mkdtempSync(join(tmpdir(), `malformed-${names[0]}-`)), 'content');
  cpSync(join(fixtures, 'content-minimal'), root, { recursive: true });
  for (const name of names) cpSync(join(malformed, name, 'content'), root, { recursive: true });
  return root;
}
