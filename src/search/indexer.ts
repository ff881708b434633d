/**
 * One Pagefind index per host; Pagefind splits it by each page's <html lang>.
 *
 * A host is indexed as soon as its folder is complete (the page writer says when:
 * src/pipeline/page-writer.ts), while Astro renders the next hosts: Pagefind's backend is a
 * separate process that reads the pages from disk itself, so on a machine with two cores it works
 * on the core that Astro's single JavaScript thread leaves idle, and only the last host and
 * writing the indexes remain after the render. (Handing each page's HTML to Pagefind as it is
 * rendered, `addHTMLFile`, costs the render thread more than it saves: every page is serialised
 * to JSON and base64 and piped to the backend.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchBundlePath } from './config.ts';

/**
 * The files Pagefind reads in a host's folder: every page, since Astro writes each as `index.html`
 * (`build.format: 'directory'`). Not Pagefind's default, any name ending in `.html`: that also
 * matches the folder Astro writes the route `…/404.html` as (`404.html/index.html`, flattened at
 * assembly), and Pagefind retries a file it cannot read with growing pauses, half a second in all,
 * once per not-found page, one host after another in its single backend: 6 s of a 1,000-page
 * build. The not-found page has no `data-pagefind-body`, so Pagefind reads it and leaves it out.
 */
export const pageFiles = '**/index.html';

export interface SearchIndexer {
  /** Starts indexing a host whose folder is complete. */
  hostWritten(host: string): void;
  /**
   * Indexes the hosts not yet started (`rest`: every page is written by now) and waits until every
   * host is indexed; call once Astro's build returned, before moving its output. Returns the pages
   * Pagefind read, by host.
   */
  done(rest: readonly string[]): Promise<Map<string, number>>;
  /**
   * Stops Pagefind's backend and waits until it has exited, so that its CPU time counts in this
   * process's children (GNU time, the benchmark). Returns the CPU milliseconds it used, where the
   * system says (Linux).
   */
  close(): Promise<number | null>;
}

/**
 * `astroOut` holds one folder per host, as Astro writes them; each host's Pagefind bundle is
 * written to `bundleDir(host)` as soon as it is indexed (during the render too), to be moved
 * into the host's folder when it is assembled.
 */
export function searchIndexer(astroOut: string, bundleDir: (host: string) => string): SearchIndexer {
  const indexing = new Map<string, Promise<number>>();
  // Set by close(): the build is over (or failed): no host is indexed any more.
  let closed = false;
  const start = (host: string) => {
    if (indexing.has(host)) return;
    const task = closed
      ? Promise.reject(new Error(`The build stopped before ${host} was indexed`))
      : indexFolder(join(astroOut, host), bundleDir(host));
    task.catch(() => {}); // Reported by done(); an unhandled rejection would end the build first.
    indexing.set(host, task);
  };
  return {
    hostWritten: start,
    async done(rest) {
      for (const host of rest) start(host);
      const hostsIndexed = [...indexing.keys()];
      const pages = await Promise.all(indexing.values());
      return new Map(hostsIndexed.map((host, i) => [host, pages[i]!]));
    },
    close() {
      closed = true;
      return closeBackend();
    },
  };
}

/** Pagefind's backend: a child process of this one, named pagefind…; Linux's /proc only. */
function backendProcesses(): Array<{ pid: number; cpuMs: number }> {
  const found: Array<{ pid: number; cpuMs: number }> = [];
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return found;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // pid (comm) state ppid … utime stime (fields 14 and 15), in clock ticks of 10 ms.
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (comm.startsWith('pagefind') && Number(fields[1]) === process.pid) {
        found.push({ pid: Number(pid), cpuMs: (Number(fields[11]) + Number(fields[12])) * 10 });
      }
    } catch {
      // The process ended meanwhile.
    }
  }
  return found;
}

async function closeBackend(): Promise<number | null> {
  const backends = backendProcesses();
  await pagefind.close();
  // Pagefind's close() only signals the backend; wait (briefly) until Node has reaped it.
  for (let i = 0; i < 100 && backends.some((b) => existsSync(`/proc/${b.pid}`)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return backends.length ? backends.reduce((sum, b) => sum + b.cpuMs, 0) : null;
}

/**
 * Indexes the pages of a host's folder into `outputPath`, then frees the index's memory in the
 * backend (while the other hosts render). Returns the number of pages Pagefind read.
 */
async function indexFolder(hostDir: string, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: hostDir, glob: pageFiles });
  if (added.errors.length) throw new Error(`Pagefind failed on ${hostDir}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write ${hostDir}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return added.page_count;
}

/** Indexes a folder already on disk (the benchmark's per-host figures). */
export function indexHost(hostDir: string): Promise<number> {
  return indexFolder(hostDir, join(hostDir, searchBundlePath));
}

export function closeSearchIndexer(): Promise<null> {
  return pagefind.close();
}
