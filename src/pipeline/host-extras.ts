/**
 * Every file a host publishes beside its pages that needs only the page plan: sitemaps, robots.txt,
 * the deploy files, the icons, and on the regional host the web editor and its entry addresses.
 * Astro renders the page plan before any page (build-data.ts), so these are written while the
 * pages render, into a folder of their own, and moved into each host's folder once the hosts
 * are assembled: a few renames instead of seconds of writing after the render.
 *
 * The text files (the sitemaps of every page, the entry address maps) are made in a worker
 * thread (plan-files-worker.ts), on the core Astro's render thread leaves; the icons (sharp) and
 * the editor's bundle (Vite, cached per version) stay on this thread.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headersFile } from '../deploy/headers.ts';
import { redirectsFile } from '../deploy/redirects.ts';
import type { PlannedPage } from '../routing/plan.ts';
import { robotsTxt, sitemapFiles } from '../seo/sitemaps.ts';
import type { Site } from '../sites/types.ts';
import { writeHostIcons } from './icons.ts';
import { inWorkerThread } from './worker-thread.ts';

export interface ExtrasInputs {
  root: string;
  contentDir: string;
  hosts: readonly string[];
  sites: readonly Site[];
  /** The page plan as Astro rendered it (JSON): handed to the worker thread as it is. */
  planJson: string;
}

/** Writes every host's extra files into `<dir>/<host>/`. */
export async function writeHostExtras(dir: string, inputs: ExtrasInputs): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await Promise.all(inputs.hosts.map((host) => mkdir(join(dir, host), { recursive: true })));
  const { addEditor } = await import('../editor/bundle.ts');
  await Promise.all([
    inWorkerThread(
      new URL('./plan-files-worker.ts', import.meta.url),
      'The thread writing the sitemaps and entry addresses',
      {
        dir,
        hosts: [...inputs.hosts],
        planJson: inputs.planJson,
      } satisfies PlanFilesJob,
    ),
    ...inputs.hosts.map((host) => writeHostIcons(join(dir, host), host)),
    addEditor(inputs.root, dir, inputs.hosts, inputs.sites, inputs.contentDir),
  ]);
}

export interface PlanFilesJob {
  dir: string;
  hosts: string[];
  planJson: string;
}

/** The text files made from the page plan alone: sitemaps, robots.txt, deploy files, entry addresses. */
export async function writePlanFiles(
  dir: string,
  hosts: readonly string[],
  plan: readonly PlannedPage[],
  sites: readonly Site[],
): Promise<void> {
  const { writeEntryAddresses } = await import('../editor/write-entry-addresses.ts');
  await Promise.all([
    ...hosts.map(async (host) => {
      const hostDir = join(dir, host);
      for (const [name, xml] of Object.entries(await sitemapFiles(plan, host)))
        await writeFile(join(hostDir, name), xml);
      await writeFile(join(hostDir, 'robots.txt'), robotsTxt(host));
      await writeFile(join(hostDir, '_headers'), headersFile(host));
      await writeFile(join(hostDir, '_redirects'), redirectsFile(host));
    }),
    // Not read by the search index, which reads Astro's output only: the editor's preview links.
    writeEntryAddresses(dir, hosts, plan, sites),
  ]);
}

/**
 * Moves each host's extra files into its assembled folder. A name both Astro and the extras
 * wrote is a mistake in the routes, not something to overwrite quietly.
 */
export async function moveHostExtras(dir: string, staging: string, hosts: readonly string[]): Promise<void> {
  for (const host of hosts) {
    for (const name of await readdir(join(dir, host))) {
      const to = join(staging, host, name);
      if (existsSync(to)) throw new Error(`${host}/${name} is both a page of the site and a file the build adds`);
      await rename(join(dir, host, name), to);
    }
  }
}
