/** Writes the entry addresses (preview-links.ts) into the regional host's folder of a build. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PlannedPage } from '../routing/plan.ts';
import { absoluteUrl } from '../routing/urls.ts';
import type { Site } from '../sites/types.ts';
import { addressPage, addressTargets } from './preview-links.ts';
import { editorHost } from './settings.ts';

const filesAtOnce = 64;

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
  const files = [...addresses].map(([address, location]) => ({
    file: join(staging, host, address),
    html: addressPage(absoluteUrl(location), location.lang),
  }));
  // Each folder once (a few per collection), then the files a batch at a time: side by side, but
  // never so many open at once that Astro, writing pages meanwhile, runs out of file descriptors
  // (EMFILE at 20,000 pages with all of them at once).
  for (const folder of new Set(files.map(({ file }) => dirname(file)))) await mkdir(folder, { recursive: true });
  for (let i = 0; i < files.length; i += filesAtOnce) {
    await Promise.all(files.slice(i, i + filesAtOnce).map(({ file, html }) => writeFile(file, html)));
  }
  return addresses.size;
}
