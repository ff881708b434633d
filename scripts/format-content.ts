/**
 * npm run format:content [-- --check] [-- <content folder> …]
 * Rewrites content files in the form the web editor writes them (src/content/canonical.ts), so that
 * the next save in the editor changes only what its author edits. Values and text stay the same.
 * `--check` lists the files that are not in that form, and changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { canonicalEntry, canonicalThemes } from '../src/content/canonical.ts';
import { themesFile } from '../src/content/contract.ts';
import { contentFiles } from '../src/content/content-files.ts';
import { markdownFile, placeFile } from '../src/content/layout.ts';
import { contentRoot } from '../src/settings.ts';

const { values, positionals } = parseArgs({
  options: { check: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const roots = positionals.length ? positionals.map((p) => join(process.cwd(), p)) : [contentRoot()];

const differing: string[] = [];
const unreadable: string[] = [];
for (const root of roots) {
  const files = contentFiles(root)
    .filter(({ abs }) => markdownFile.test(abs))
    .map(({ abs, rel }) => ({ abs, place: placeFile(rel) }));
  const targets: Array<{ abs: string; format: (text: string) => string }> = [
    { abs: join(root, themesFile), format: canonicalThemes },
    ...files.flatMap(({ abs, place }) =>
      'key' in place ? [{ abs, format: (text: string) => canonicalEntry(place.collection, text) }] : [],
    ),
  ];
  for (const { abs, format } of targets) {
    let text: string;
    let canonical: string;
    try {
      text = readFileSync(abs, 'utf8');
      canonical = format(text);
    } catch {
      // Missing or unreadable: `npm run check` says why, in the authors' words.
      unreadable.push(relative(process.cwd(), abs));
      continue;
    }
    if (canonical === text) continue;
    differing.push(relative(process.cwd(), abs));
    if (!values.check) writeFileSync(abs, canonical);
  }
}

if (unreadable.length) console.log(`Skipped (run npm run check):\n  ${unreadable.join('\n  ')}`);
if (values.check) {
  if (differing.length) {
    console.log(`Not in the web editor's form (npm run format:content rewrites them):\n  ${differing.join('\n  ')}`);
    process.exitCode = 1;
  }
} else {
  console.log(`${differing.length} file${differing.length === 1 ? '' : 's'} rewritten in the web editor's form.`);
}
