/**
 * `npm run check`: validates all of content/ and reports every problem at once, as file, line,
 * field, what is wrong and how to fix it (French and Dutch). A thin coordinator: the rules live
 * in rules/, one module per concern, and their words in messages.ts.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { ContentCommit } from '../drift/drift.ts';
import { messages } from './messages.ts';
import { error, type Problem } from './problems.ts';
import { checkActiveContent } from './rules/active-content.ts';
import { checkFileContents, readSources, readThemes } from './rules/files.ts';
import { checkFolderAgreement, checkSchema } from './rules/fields.ts';
import { checkMdx } from './rules/mdx.ts';
import { checkReferences } from './rules/references.ts';
import { checkAddresses, checkMeetingNumbers } from './rules/uniqueness.ts';
import {
  checkNextMonthTheme,
  checkPreventionCalendar,
  checkPageReviews,
  checkServiceReviews,
  checkTranslations,
} from './rules/warnings.ts';
import type { CheckContext, Rule } from './source.ts';

export interface CheckOptions {
  /** The content folder. */
  root: string;
  /** Paths in messages are shown relative to this folder (the project). */
  base?: string;
  now?: Date;
  /** The commits that changed the content, oldest first (from git), for outdated translations. */
  history?: readonly ContentCommit[] | null | undefined;
}

/** Rules across entries, in the order their problems are listed. */
const acrossEntries: Rule[] = [
  checkMeetingNumbers,
  checkAddresses,
  checkReferences,
  checkTranslations,
  checkPageReviews,
  checkServiceReviews,
  checkPreventionCalendar,
  checkNextMonthTheme,
];

export function checkContent(options: CheckOptions): Problem[] {
  const base = options.base ?? process.cwd();
  const rel = (abs: string) => relative(base, abs).split('\\').join('/');
  if (!existsSync(options.root)) return [error(rel(options.root), messages.contentFolderMissing())];

  const themes = readThemes(options.root, rel);
  const sources = readSources(options.root, rel);
  const ctx: CheckContext = {
    root: options.root,
    rel,
    now: options.now ?? new Date(),
    themeKeys: themes.themeKeys,
    files: sources.files,
    history: options.history,
  };
  const problems = [
    ...themes.problems,
    ...sources.problems,
    ...ctx.files.flatMap((f) => [
      ...checkSchema(f),
      ...checkFileContents(f, ctx),
      ...checkFolderAgreement(f, ctx),
      ...checkMdx(f),
      ...checkActiveContent(f),
    ]),
    ...acrossEntries.flatMap((rule) => rule(ctx)),
  ];
  return problems.sort(
    (x, y) =>
      Number(x.severity === 'warning') - Number(y.severity === 'warning') ||
      x.file.localeCompare(y.file) ||
      (x.line ?? 0) - (y.line ?? 0),
  );
}
