/**
 * Where entry files live, derived from each collection's path template in the contract:
 * which collection a file under `content/` belongs to, its translation key and language,
 * the file an entry of a key and language has, and the glob Astro loads.
 * The checker, the translation report, the scaffolder and Astro's loaders all use these.
 * Pure: the files themselves are listed by content-files.ts.
 */
import { collectionSpecs, type CollectionName, type CollectionSpec } from './contract.ts';
import { languages, type Language } from '../sites/types.ts';

interface CompiledSpec {
  collection: CollectionName;
  spec: CollectionSpec;
  /** First path segment: the folder under content/. */
  folder: string;
  /** The template between the folder and the language part, e.g. `<theme>/zones/<zone>`. */
  keyTemplate: string;
  /** What follows the key, with `<lang>`: `/<lang>`, `.<lang>` or `/index.<lang>`. */
  suffix: string;
  /** Matches a path relative to the folder: named groups for the key's parts, `lang`, `ext`. */
  pattern: RegExp;
  names: string[];
}

const token = /<([a-z][a-z-]*)>/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const groupName = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

function compile(collection: CollectionName, spec: CollectionSpec): CompiledSpec {
  const [folder, ...rest] = spec.path.split('/');
  const relativeTemplate = rest.join('/');
  const langAt = relativeTemplate.indexOf('<lang>');
  // The key ends before the language part: `<key>/<lang>`, `<zone>.<lang>` (the file name is part
  // of the key), or `<key>/index.<lang>` (a fixed file name is not).
  const lastSlash = relativeTemplate.lastIndexOf('/', langAt - 1);
  const fileName = relativeTemplate.slice(lastSlash + 1, langAt);
  const keyEnd = fileName.includes('<') ? langAt - 1 : lastSlash;
  const keyTemplate = relativeTemplate.slice(0, keyEnd);
  const suffix = relativeTemplate.slice(keyEnd);
  const names: string[] = [];
  const source = relativeTemplate
    .split(token)
    .map((part, i) => {
      if (i % 2 === 0) return escapeRegExp(part);
      if (part === 'lang') return '(?<lang>[^/.]+)';
      names.push(part);
      return `(?<${groupName(part)}>[^/.]+)`;
    })
    .join('');
  const pattern = new RegExp(`^${source}\\.(?<ext>${spec.extensions.join('|')})$`);
  return { collection, spec, folder: folder!, keyTemplate, suffix, pattern, names };
}

const compiled: CompiledSpec[] = (Object.entries(collectionSpecs) as Array<[CollectionName, CollectionSpec]>).map(
  ([collection, spec]) => compile(collection, spec),
);

/** The folders under content/ that hold collections. */
export const collectionFolders: readonly string[] = [...new Set(compiled.map((c) => c.folder))];

export const markdownFile = /\.(md|mdx)$/;

/** The folder under content/ a collection's entries live in. */
export function collectionFolder(collection: CollectionName): string {
  return compiled.find((x) => x.collection === collection)!.folder;
}

/** Glob of a collection's entry files, relative to its folder (for Astro's glob loader). */
export function collectionGlob(collection: CollectionName): { base: string; pattern: string } {
  const c = compiled.find((x) => x.collection === collection)!;
  const path = `${c.keyTemplate}${c.suffix}`.replace(token, (_, name: string) =>
    name === 'lang' ? `{${languages.join(',')}}` : '*',
  );
  const ext = c.spec.extensions.length > 1 ? `{${c.spec.extensions.join(',')}}` : c.spec.extensions[0]!;
  return { base: c.folder, pattern: `${path}.${ext}` };
}

export type Placement =
  | {
      collection: CollectionName;
      /** Translation key: the part of the path the French and Dutch files share. */
      key: string;
      lang: Language;
      /** The key's named parts, e.g. { zone: 'south', theme: 'mental-health', edition: '2024-1' }. */
      parts: Record<string, string>;
    }
  | { collection: CollectionName; wrongLanguage: string; expected: string }
  | { misplaced: true; expected: string };

/** Which collection a file belongs to (path relative to content/, with `/`), or why it cannot be placed. */
export function placeFile(relativePath: string): Placement {
  const slash = relativePath.indexOf('/');
  const folder = relativePath.slice(0, slash);
  const inFolder = relativePath.slice(slash + 1);
  for (const c of compiled) {
    if (c.folder !== folder) continue;
    const match = c.pattern.exec(inFolder);
    if (!match) continue;
    const groups = match.groups!;
    const lang = groups.lang!;
    if (!(languages as readonly string[]).includes(lang)) {
      return { collection: c.collection, wrongLanguage: lang, expected: expectedFileNames(c.collection) };
    }
    const parts = Object.fromEntries(c.names.map((name) => [name, groups[groupName(name)]!]));
    const key = c.keyTemplate.replace(token, (_, name: string) => parts[name]!);
    return { collection: c.collection, key, lang: lang as Language, parts };
  }
  // Name what the folder's entries look like (for a file in no collection's folder: a Focus's).
  const example = compiled.find((c) => c.folder === folder) ?? compiled[0]!;
  return { misplaced: true, expected: expectedFileNames(example.collection) };
}

/** The file of an entry in a language, relative to content/ (the first extension: `.md`). */
export function entryFile(collection: CollectionName, key: string, lang: Language, ext?: string): string {
  const c = compiled.find((x) => x.collection === collection)!;
  return `${c.folder}/${key}${c.suffix.replace('<lang>', lang)}.${ext ?? c.spec.extensions[0]}`;
}

/** Every file name an entry may take, for messages: `fr.md / nl.md`, `<zone>.fr.md / <zone>.nl.md`. */
export function expectedFileNames(collection: CollectionName): string {
  const c = compiled.find((x) => x.collection === collection)!;
  const last = `${c.keyTemplate}${c.suffix}`.split('/').at(-1)!;
  return languages.map((lang) => `${last.replace('<lang>', lang)}.${c.spec.extensions[0]}`).join(' / ');
}

/** The folder an entry's files share, relative to content/. */
export function entryFolder(collection: CollectionName, key: string): string {
  return entryFile(collection, key, languages[0]).split('/').slice(0, -1).join('/');
}

/** Entry ids are `<key>/<lang>` whatever the file layout, so templates never depend on it. */
export function entryIdOf(collection: CollectionName, pathInFolder: string): string {
  const c = compiled.find((x) => x.collection === collection)!;
  const placed = placeFile(`${c.folder}/${pathInFolder}`);
  if (!('key' in placed)) throw new Error(`${c.folder}/${pathInFolder} is not an entry of ${collection}`);
  return `${placed.key}/${placed.lang}`;
}

/**
 * A collection's folder and its path template below the folder, without the language part
 * (`<zone>/<topic>/<year>-<meeting>/index`), with the names of its parts: what the web editor's
 * collections are made from.
 */
export function pathTemplate(collection: CollectionName): { folder: string; template: string; parts: string[] } {
  const c = compiled.find((x) => x.collection === collection)!;
  return { folder: c.folder, template: `${c.keyTemplate}${c.suffix.replace('.<lang>', '')}`, parts: [...c.names] };
}
