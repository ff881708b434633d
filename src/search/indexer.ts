/**
 * One Pagefind index per host; Pagefind splits it by each page's <html lang>.
 *
 * A host is indexed as soon as Astro has written its last page (Astro renders four pages at a
 * time, so that is checked on disk: `renderLedger`, `isWritten`), while Astro renders the next
 * hosts: Pagefind's backend is a separate process that reads the pages from disk itself, so on a
 * machine with two cores it works on the core that Astro's single JavaScript thread leaves idle,
 * and only the last host and writing the indexes remain after the render. (Handing each page's
 * HTML to Pagefind as it is rendered, `addHTMLFile`, costs the render thread more than it saves:
 * every page is serialised to JSON and base64 and piped to the backend.)
 */
import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { searchBundlePath } from './config.ts';

type RenderResult = Awaited<ReturnType<AstroPrerenderer['render']>>;

/** The host a path Astro renders (`/<host>/<path on the host>`) belongs to, if it is one of `hosts`. */
export function hostOfPath(pathname: string, hosts: readonly string[]): string | null {
  const host = pathname.split('/')[1] ?? '';
  return hosts.includes(host) ? host : null;
}

/** What a render gives Astro to write: so many bytes, no file (empty body), or a file we cannot size (a redirect page). */
export type RenderedFile = { bytes: number } | null | 'unknown';

/** The files and bytes a host's folder holds once Astro has written all its pages. */
export interface HostOutput {
  host: string;
  files: number;
  bytes: number;
}

/**
 * Follows each host's renders while Astro renders several pages at once (`build.concurrency`).
 * Astro writes a page after its render has returned, in no fixed order; so a host is complete
 * once all its renders have returned and its folder holds the files and bytes they gave
 * (`isWritten`). A host with a page we cannot size is left for the end, after Astro returns.
 */
export function renderLedger(paths: readonly string[], hosts: readonly string[]) {
  const left = new Map<string, number>();
  const output = new Map<string, HostOutput>();
  for (const path of paths) {
    const host = hostOfPath(path, hosts);
    if (!host) continue;
    left.set(host, (left.get(host) ?? 0) + 1);
    output.set(host, { host, files: 0, bytes: 0 });
  }
  const unknown = new Set<string>();
  return {
    /** Call as each render returns; gives the host whose renders have now all returned, if it can be checked. */
    returned(path: string, file: RenderedFile): HostOutput | null {
      const host = hostOfPath(path, hosts);
      const n = host ? left.get(host) : undefined;
      if (!host || n === undefined) return null;
      if (file === 'unknown') unknown.add(host);
      else if (file) {
        const sum = output.get(host)!;
        sum.files += 1;
        sum.bytes += file.bytes;
      }
      if (n > 1) {
        left.set(host, n - 1);
        return null;
      }
      left.delete(host);
      return unknown.has(host) ? null : output.get(host)!;
    },
    /** Hosts not handed out by `returned`: still rendering (Astro skipped a page), or with a page of unknown size. */
    rest(): string[] {
      const all = [...new Set([...left.keys(), ...unknown])];
      left.clear();
      unknown.clear();
      return all;
    },
  };
}

/**
 * Whether `dir` holds exactly `files` files of `bytes` bytes in all: a file being written is still
 * short. Synchronous on purpose: a host's walk takes milliseconds, where thousands of queued
 * asynchronous calls would wait behind Astro's own writes for seconds.
 */
export function isWritten(dir: string, expected: Pick<HostOutput, 'files' | 'bytes'>): boolean {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return false;
  }
  let files = 0;
  let bytes = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return files === expected.files && bytes === expected.bytes;
}

/** The response, and what Astro will write from it; the body is read here, and handed on as a new response. */
async function measured(result: RenderResult): Promise<{ result: RenderResult; file: RenderedFile }> {
  const response = result instanceof Response ? result : result.response;
  if (response.status >= 300 && response.status < 400) return { result, file: 'unknown' };
  if (!response.body) return { result, file: null };
  const body = await response.arrayBuffer();
  const copy = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  return {
    result: result instanceof Response ? copy : { ...result, response: copy },
    file: { bytes: body.byteLength },
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
  let ledger: ReturnType<typeof renderLedger> | undefined;
  // Set by done(): Astro has returned, every page is written, nothing needs to wait any more.
  let rendered = false;
  const start = (host: string, before: Promise<void> = Promise.resolve()) => {
    const task = (async () => {
      await before;
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
  // The host's last renders have returned; Astro writes their files right after.
  const whenWritten = async (output: HostOutput) => {
    for (let wait = 10; !rendered && !isWritten(join(astroOut, output.host), output); wait = Math.min(wait * 2, 160)) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };

  const prerenderer = (base: AstroPrerenderer): AstroPrerenderer => ({
    ...base,
    async getStaticPaths() {
      const paths = await base.getStaticPaths();
      ledger = renderLedger(
        paths.map((p) => p.pathname),
        hosts,
      );
      return paths;
    },
    async render(request, options) {
      const path = new URL(request.url).pathname;
      const result = await base.render(request, options);
      if (!ledger || !hostOfPath(path, hosts)) return result;
      const { result: handedOn, file } = await measured(result);
      const complete = ledger.returned(path, file);
      if (complete) start(complete.host, whenWritten(complete));
      return handedOn;
    },
  });

  return {
    prerenderer,
    async done() {
      rendered = true;
      for (const host of ledger?.rest() ?? hosts) start(host);
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
