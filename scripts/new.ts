/**
 * npm run new -- <collection> <key>
 * Creates the French and Dutch files of a new entry from the collection's template
 * (as a draft). Asks for the titles when run in a terminal. Never overwrites.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { formatEntry } from '../src/content/canonical.ts';
import { readThemes } from '../src/content/check/rules/files.ts';
import { contentRoot } from '../src/settings.ts';
import { scaffold, scaffoldHelp, type ScaffoldCollection } from '../src/content/scaffold/templates.ts';

const [collection, key] = process.argv.slice(2);
const usage = `Usage: npm run new -- <collection> <key>\n\n${Object.values(scaffoldHelp)
  .map((l) => `  npm run new -- ${l}`)
  .join('\n')}`;
if (!collection || !key || !(collection in scaffoldHelp)) {
  console.error(usage);
  process.exit(2);
}

const titles: { fr?: string | undefined; nl?: string | undefined } = {};
if (process.stdin.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  titles.fr = (await rl.question('Titre en français (Entrée pour plus tard) : ')).trim() || undefined;
  titles.nl = (await rl.question('Titel in het Nederlands (Enter voor later): ')).trim() || undefined;
  rl.close();
}
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
const { themeKeys: themes } = readThemes(contentRoot(), (path) => path);
const entry = scaffold(collection as ScaffoldCollection, key, today, { titles, themes });
if (typeof entry === 'string') {
  console.error(entry);
  process.exit(2);
}
const existing = entry.files.map((f) => join(contentRoot(), f.path)).filter((f) => existsSync(f));
if (existing.length) {
  console.error(
    `Nothing written: ${existing.join(', ')} already exists. / Rien n'est écrit : le fichier existe déjà. / Niets geschreven: het bestand bestaat al.`,
  );
  process.exit(1);
}
for (const file of entry.files) {
  const target = join(contentRoot(), file.path);
  mkdirSync(dirname(target), { recursive: true });
  // In the form the web editor writes, so that its first save there changes only what is edited.
  writeFileSync(target, formatEntry(entry.collection, file.data, file.body));
  console.log(`Created ${target}`);
}
console.log('The entry is a draft (draft: true): remove that line when it is ready to publish.');
if (collection === 'focus' && !themes.includes(key))
  console.log(`Set its theme: one of ${themes.join(', ')} (content/themes.yml).`);
