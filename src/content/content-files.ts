/** Listing the files of a content folder (the layout itself is in layout.ts). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionFolders } from './layout.ts';

/** Every file under a folder, depth first. */
export function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
}

/** Every file in the collection folders of a content root, relative to it with `/`. */
export function contentFiles(root: string): Array<{ abs: string; rel: string }> {
  return collectionFolders.flatMap((folder) => {
    const dir = join(root, folder);
    try {
      return walk(dir).map((abs) => ({ abs, rel: relative(root, abs).split('\\').join('/') }));
    } catch {
      return [];
    }
  });
}
