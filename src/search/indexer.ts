/** One Pagefind index per host; Pagefind splits it by each page's <html lang>. */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchBundlePath } from './config.ts';

export async function indexHost(hostDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: hostDir });
  if (added.errors.length) throw new Error(`Pagefind failed on ${hostDir}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(hostDir, searchBundlePath) });
  if (written.errors.length) throw new Error(`Pagefind could not write ${hostDir}: ${written.errors.join('; ')}`);
  return added.page_count;
}

export function closeSearchIndexer(): Promise<null> {
  return pagefind.close();
}
