/** Writes the entry addresses (preview-links.ts) into the regional host's folder of a build. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlannedPage } from '../routing/plan.ts';
import { absoluteUrl } from '../routing/urls.ts';
import type { Site } from '../sites/types.ts';
import { addressPage, addressTargets } from './preview-links.ts';
import { editorHost } from './settings.ts';

/** On the editor's host only (the `site_url` of its links); skipped when that host is not built. */
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
  // Thousands of small files on a large site: written side by side, not one after the other.
  await Promise.all(
    [...addresses].map(async ([address, location]) => {
      const folder = join(staging, host, address);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'index.html'), addressPage(absoluteUrl(location), location.lang));
    }),
  );
  return addresses.size;
}
