/** Files and folders: the theme list, where each entry file sits, whether it can be read, what it refers to. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { collectionSpecs, themeSchema, themesFile } from '../../contract.ts';
import { contentFiles } from '../../content-files.ts';
import { cleanText } from '../../source-text.ts';
import { markdownFile, placeFile } from '../../layout.ts';
import { messages } from '../messages.ts';
import { error, type Problem } from '../problems.ts';
import { at, type CheckContext, type SourceFile } from '../source.ts';
import { markdownTree, nodes } from '../markdown-tree.ts';
import { readSource } from './source-text.ts';

const firstLine = (e: unknown) => (e as Error).message.split('\n')[0]!;

/** A theme of content/themes.yml: its key and labels. */
export type Theme = z.infer<typeof themeSchema>;

/** The themes of content/themes.yml (a list of key, fr, nl), the valid ones in file order. */
export function readThemes(
  root: string,
  rel: (abs: string) => string,
): { themeKeys: string[]; themes: Theme[]; problems: Problem[] } {
  const path = join(root, themesFile);
  if (!existsSync(path)) return { themeKeys: [], themes: [], problems: [error(rel(path), messages.themesFileMissing())] };
  let parsed: unknown;
  try {
    parsed = parseYaml(cleanText(readFileSync(path, 'utf8')));
  } catch (e) {
    return { themeKeys: [], themes: [], problems: [error(rel(path), messages.themesFileUnreadable(firstLine(e)))] };
  }
  if (!Array.isArray(parsed)) {
    return { themeKeys: [], themes: [], problems: [error(rel(path), messages.themesFileNotAList())] };
  }
  const themes: Theme[] = [];
  const problems: Problem[] = [];
  parsed.forEach((item: unknown, i) => {
    const key = (item as { key?: unknown } | null)?.key;
    const named = typeof key === 'string' && key ? key : `#${i + 1}`;
    const theme = themeSchema.safeParse(item);
    if (!theme.success) problems.push(error(rel(path), messages.themeLabelsMissing(named), { field: named }));
    else if (themes.some((t) => t.key === theme.data.key)) {
      problems.push(error(rel(path), messages.themeListedTwice(named), { field: named }));
    } else themes.push(theme.data);
  });
  return { themeKeys: themes.map((t) => t.key), themes, problems };
}

/** Every markdown file under the collection folders, placed and parsed; or why it cannot be. */
export function readSources(root: string, rel: (abs: string) => string): { files: SourceFile[]; problems: Problem[] } {
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  for (const { abs, rel: inContent } of contentFiles(root)) {
    if (!markdownFile.test(abs)) continue;
    const file = rel(abs);
    const place = placeFile(inContent);
    if ('misplaced' in place) {
      problems.push(error(file, messages.misplaced(place.expected)));
      continue;
    }
    if ('wrongLanguage' in place) {
      problems.push(error(file, messages.unexpectedFileName(place.expected)));
      continue;
    }
    const read = readSource(readFileSync(abs), file);
    if ('problems' in read) {
      problems.push(...read.problems);
      continue;
    }
    files.push({
      collection: place.collection,
      abs,
      rel: file,
      key: place.key,
      lang: place.lang,
      parts: place.parts,
      ...read,
      valid: true,
    });
  }
  return { files, problems };
}

/** The page has a text; the files it names sit beside it; its images say what they show. */
export function checkFileContents(f: SourceFile, ctx: CheckContext): Problem[] {
  const problems: Problem[] = [];
  if (!collectionSpecs[f.collection].optionalText && !f.body.trim()) problems.push(error(f.rel, messages.emptyBody()));
  const entryDir = dirname(f.abs);
  const referenced: Array<[string, string, number | undefined]> = [];
  // A cover written as a plain path is also looked for: both of its problems are told at once.
  const cover = f.data.cover as { src?: unknown } | string | undefined;
  const coverPath = typeof cover === 'string' ? cover : cover?.src;
  if (typeof coverPath === 'string') referenced.push(['cover', coverPath, undefined]);
  if (typeof f.data.pdf === 'string') referenced.push(['pdf', f.data.pdf, undefined]);
  // Images and imports as the build's markdown parser reads them (titles, <…> and all).
  for (const node of nodes(markdownTree(f))) {
    const line = node.position?.start.line;
    if (node.type === 'image') {
      const url = node.url ?? '';
      if (!(node as { alt?: string }).alt?.trim()) problems.push(error(f.rel, messages.imageWithoutAlt(url), { line }));
      if (/^\.{1,2}\//.test(url)) referenced.push(['image', safeDecode(url), line]);
    } else if (node.type === 'mdxjsEsm') {
      (node.value ?? '').split('\n').forEach((statement, i) => {
        const from = /^import\s+\w+\s+from\s+['"](\.{1,2}\/[^'"]+)['"]/.exec(statement.trim());
        if (from) referenced.push(['import', from[1]!, line === undefined ? undefined : line + i]);
      });
    }
  }
  for (const [field, path, line] of referenced) {
    if (!existsSync(join(entryDir, path))) {
      const where = line === undefined ? at(f, field) : { line };
      problems.push(error(f.rel, messages.fileNotBeside(path, ctx.rel(entryDir)), where));
    }
  }
  return problems;
}

/** A path as written in a link, with %20 and the like read as the characters they stand for. */
function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
