/**
 * Turns Astro's single output (one folder per host, plus shared assets at the top)
 * into one self-contained folder per host, ready to upload as is.
 */
import { copyFile, cp, link, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PlannedPage } from '../routing/plan.ts';
import { inWorkerThread } from './worker-thread.ts';

/** Build-only outputs that no host publishes. */
export const buildOnlyFiles = ['build-manifest.json', 'feed-data.json', '.prerender'];

export async function assembleHosts(
  astroOut: string,
  staging: string,
  hosts: readonly string[],
  plan: readonly PlannedPage[],
  contentDir: string,
): Promise<void> {
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const top = await readdir(astroOut);
  const shared = top.filter((name) => !hosts.includes(name) && !buildOnlyFiles.includes(name));
  for (const host of hosts) {
    const from = join(astroOut, host);
    if (!existsSync(from)) throw new Error(`The build produced no pages for ${host}`);
    const to = join(staging, host);
    // A move, not a copy: Astro's output is scratch space, and 10,000 pages take seconds to copy.
    await rename(from, to);
    // Hashed assets (_astro/) and public/ files are shared: every host's folder holds them, as
    // hard links to Astro's scratch output rather than 11 copies.
    for (const name of shared) await linkTree(join(astroOut, name), join(to, name));
    await flattenNotFoundPages(to);
    // Downloads (PDFs) sit beside the page that offers them.
    for (const page of plan.filter((p) => p.host === host && p.attachments)) {
      for (const a of page.attachments!) await cp(join(contentDir, a.source), join(to, a.path));
    }
  }
}

/**
 * Makes `to` hold the files of `from` (a file or a folder, recursively) as hard links; copies
 * (cloned where the file system can) where linking fails, e.g. across file systems.
 */
export async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOTDIR') return null;
    throw e;
  });
  if (!entries) {
    await link(from, to).catch(() => copyFile(from, to, constants.COPYFILE_FICLONE));
    return;
  }
  await mkdir(to, { recursive: true });
  for (const entry of entries) await linkTree(join(from, entry.name), join(to, entry.name));
}

/** Static hosts look for `404.html`; Astro writes the route `…/404.html` as `…/404.html/index.html`. */
async function flattenNotFoundPages(hostDir: string): Promise<void> {
  for (const dir of [hostDir, ...(await readdir(hostDir)).map((d) => join(hostDir, d))]) {
    const nested = join(dir, '404.html', 'index.html');
    if (existsSync(nested)) {
      await rename(nested, join(dir, '404.tmp'));
      await rm(join(dir, '404.html'), { recursive: true });
      await rename(join(dir, '404.tmp'), join(dir, '404.html'));
    }
  }
}

/**
 * Replace `dist/` only once everything succeeded; a failed build leaves the previous one in place.
 * The folders replaced are moved into `discarded` (in the work folder), not deleted: deleting the
 * 30,000 files of a full build takes seconds, which the next build spends while Astro starts
 * (`emptyDiscarded`).
 */
export async function swapInto(
  staging: string,
  dist: string,
  discarded: string,
  only?: readonly string[],
): Promise<void> {
  if (only) {
    await mkdir(dist, { recursive: true });
    for (const host of only) {
      await discard(join(dist, host), discarded);
      await rename(join(staging, host), join(dist, host));
    }
    return;
  }
  await discard(dist, discarded);
  await rename(staging, dist);
}

/** Moves `path` (if it exists) into `discarded`; deletes it where it cannot move (another file system). */
async function discard(path: string, discarded: string): Promise<void> {
  if (!existsSync(path)) return;
  await mkdir(discarded, { recursive: true });
  // A new empty folder of a unique name, which rename() replaces (POSIX allows it for folders).
  const target = await mkdtemp(join(discarded, 'build-'));
  await rename(path, target).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV') throw error;
    await rm(path, { recursive: true, force: true });
  });
}

/**
 * Deletes what earlier builds discarded, on a worker thread: Node's asynchronous `rm` walks the
 * tree in JavaScript (four seconds of the main thread's CPU for a full build's output).
 */
export async function emptyDiscarded(discarded: string): Promise<void> {
  if (!existsSync(discarded)) return;
  await inWorkerThread(
    new URL('./empty-discarded-worker.ts', import.meta.url),
    'Deleting the replaced builds',
    discarded,
  );
}
