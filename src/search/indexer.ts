/**
 * One Pagefind index per host; Pagefind splits it by each page's <html lang>.
 *
 * A host is indexed as soon as Astro has written its last page, while Astro renders the next
 * hosts: Pagefind's backend is a separate process that reads the pages from disk itself, so on a
 * machine with two cores it works on the core that Astro's single JavaScript thread leaves idle,
 * and only the last host and writing the indexes remain after the render. (Handing each page's
 * HTML to Pagefind as it is rendered, `addHTMLFile`, costs the render thread more than it saves:
 * every page is serialised to JSON and base64 and piped to the backend.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { searchBundlePath } from './config.ts';

/** The host a path Astro renders (`/<host>/<path on the host>`) belongs to, if it is one of `hosts`. */
export function hostOfPath(pathname: string, hosts: readonly string[]): string | null {
  const host = pathname.split('/')[1] ?? '';
  return hosts.includes(host) ? host : null;
}

/**
 * Counts down the paths of each host as they are rendered. Astro writes a page before it renders
 * the next one, so a host whose count reached zero has all its pages on disk from the next
 * render on: `rendered` returns the hosts that became complete before this path.
 */
export function completionTracker(paths: readonly string[], hosts: readonly string[]) {
  const left = new Map<string, number>();
  for (const path of paths) {
    const host = hostOfPath(path, hosts);
    if (host) left.set(host, (left.get(host) ?? 0) + 1);
  }
  let finished: string[] = [];
  return {
    /** Call before rendering `path`; returns the hosts whose pages are now all written. */
    rendering(path: string): string[] {
      const written = finished;
      finished = [];
      const host = hostOfPath(path, hosts);
      if (host && left.has(host)) {
        const n = left.get(host)! - 1;
        if (n === 0) {
          left.delete(host);
          finished.push(host);
        } else left.set(host, n);
      }
      return written;
    },
    /** After the last render: the hosts still waiting (the last one, and any Astro skipped). */
    rest(): string[] {
      const all = [...finished, ...left.keys()];
      finished = [];
      left.clear();
      return all;
    },
  };
}

export interface SearchIndexer {
  /** Wraps Astro's prerenderer to start indexing each host once its pages are written. */
  prerenderer(base: AstroPrerenderer): AstroPrerenderer;
  /**
   * Waits until every host is indexed; call once Astro's build returned, before moving its output.
   * Returns the pages Pagefind read, by host.
   */
  done(): Promise<Map<string, number>>;
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
export function searchIndexer(
  hosts: readonly string[],
  astroOut: string,
  bundleDir: (host: string) => string,
): SearchIndexer {
  const indexing = new Map<string, Promise<number>>();
  let tracker: ReturnType<typeof completionTracker> | undefined;
  const start = (host: string) => {
    const task = (async () => {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: join(astroOut, host) });
      if (added.errors.length) throw new Error(`Pagefind failed on ${host}: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: bundleDir(host) });
      if (written.errors.length) throw new Error(`Pagefind could not write ${host}: ${written.errors.join('; ')}`);
      // The index is written: free its memory in the backend while the other hosts render.
      await index.deleteIndex();
      return added.page_count;
    })();
    task.catch(() => {}); // Reported by done(); an unhandled rejection would end the build first.
    indexing.set(host, task);
  };

  const prerenderer = (base: AstroPrerenderer): AstroPrerenderer => ({
    ...base,
    async getStaticPaths() {
      const paths = await base.getStaticPaths();
      tracker = completionTracker(
        paths.map((p) => p.pathname),
        hosts,
      );
      return paths;
    },
    render(request, options) {
      for (const host of tracker?.rendering(new URL(request.url).pathname) ?? []) start(host);
      return base.render(request, options);
    },
  });

  return {
    prerenderer,
    async done() {
      for (const host of tracker?.rest() ?? hosts) start(host);
      const hostsIndexed = [...indexing.keys()];
      const pages = await Promise.all(indexing.values());
      return new Map(hostsIndexed.map((host, i) => [host, pages[i]!]));
    },
    close: closeBackend,
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

/** Indexes a folder already on disk (the benchmark's per-host figures). */
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
