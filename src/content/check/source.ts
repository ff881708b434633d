/** What the rules of `npm run check` share: the files read, and the facts every rule may need. */
import type { Language } from '../../sites/types.ts';
import type { CollectionName } from '../contract.ts';
import type { ContentCommit } from '../drift/drift.ts';
import type { Problem, Where } from './problems.ts';
import type { FieldPositions } from './rules/source-text.ts';

/** One entry file, read and placed. */
export interface SourceFile {
  collection: CollectionName;
  abs: string;
  /** Path shown to authors, relative to the project. */
  rel: string;
  key: string;
  lang: Language;
  /** The key's named parts from the collection's path template (zone, theme, edition…). */
  parts: Record<string, string>;
  data: Record<string, unknown>;
  body: string;
  text: string;
  /** Where each field is written (found on demand: most files need no message). */
  positions(): FieldPositions;
  valid: boolean;
  /** The schema's output (dates parsed, Brussels times resolved), when valid. */
  parsed?: Record<string, unknown>;
}

export interface CheckContext {
  /** The content folder. */
  root: string;
  /** A path as authors read it in messages (relative to the project). */
  rel(abs: string): string;
  now: Date;
  /** Theme keys of content/themes.yml. */
  themeKeys: readonly string[];
  /** Every entry file that could be read. */
  files: readonly SourceFile[];
  /** The commits that changed the content, oldest first (from git); null outside a checkout. */
  history?: readonly ContentCommit[] | null | undefined;
}

/** A rule looks at the content and returns what it found. */
export type Rule = (ctx: CheckContext) => Problem[];

/** Where a field is written in a file: its name and the line of its key. */
export function at(f: SourceFile, field: string): Where {
  const { fieldLines, keyLines } = f.positions();
  return { field, line: fieldLines.get(field) ?? keyLines.get(field) };
}
