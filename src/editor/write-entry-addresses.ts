/** Writes the entry addresses (preview-links.ts) into the regional host's folder of a build. */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlannedPage } from '../routing/plan.ts';
import type { Site } from '../sites/types.ts';
import { addressMaps, addressPage, addressScriptFile, addressTargets, entryAddressFolder } from './preview-links.ts';
import { editorHost } from './settings.ts';

/**
 * On the editor's host only (the `site_url` of its links); skipped when that host is not built.
 * Returns the number of addresses.
 */
export async function writeEntryAddresses(
  staging: string,
  targets: readonly string[],
  plan: readonly PlannedPage[],
  sites: readonly Site[],
): Promise<number> {
  const host = editorHost(sites);
  if (!targets.includes(host)) return 0;
  const region = sites.find((s) => s.kind === 'region')!;
  const addresses = addressTargets(plan, region.id);
  const folder = join(staging, host, entryAddressFolder);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'index.html'), addressPage());
  await copyFile(new URL('./open-entry.js', import.meta.url), join(folder, addressScriptFile));
  for (const [collection, map] of addressMaps(addresses)) {
    await writeFile(join(folder, `${collection}.json`), JSON.stringify(map));
  }
  return addresses.size;
}
