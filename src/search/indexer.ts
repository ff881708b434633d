/**
 * One Pagefind index per host; Pagefind splits it by each page's <html lang>.
 *
 * A host is indexed as soon as Astro has written its last page (Astro renders four pages at a
 * time, so that is checked on disk: `renderLedger`, `unwritten`), while Astro renders the next
 * hosts: Pagefind's backend is a separate process that reads the pages from disk itself, so on a
 * machine with two cores it works on the core that Astro's single JavaScript thread leaves idle,
 * and only the last host and writing the indexes remain after the render. (Handing each page's
 * HTML to Pagefind as it is rendered, `addHTMLFile`, costs the render thread more than it saves:
 * every page is serialised to JSON and base64 and piped to the backend.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { searchBundlePath } from './config.ts';

type RenderResult = Awaited<ReturnType<AstroPrerenderer['render']>>;

/**
 * The files Pagefind reads in a host's folder: every page, since Astro writes each as `index.html`
 * (`build.format: 'directory'`). Not Pagefind's default, any name ending in `.html`: that also
 * matches the folder Astro writes the route `…/404.html` as (`404.html/index.html`, flattened at
 * assembly), and Pagefind retries a file it cannot read with growing pauses, half a second in all,
 * once per not-found page, one host after another in its single backend: 6 s of a 1,000-page
 * build. The not-found page has no `data-pagefind-body`, so Pagefind reads it and leaves it out.
 */
export const pageFiles = '**/index.html';

/** The host a path Astro renders (`/<host>/<path on the host>`) belongs to, if it is one of `hosts`. */
export function hostOfPath(pathname: string, hosts: readonly string[]): string | null {
  const host = pathname.split('/')[1] ?? '';
  return hosts.includes(host) ? host : null;
}

/**
 * What a render gives Astro to write: a file of so many bytes, no file (empty body), or a file we
 * cannot size (a redirect page, written from a template).
 */
export type RenderedFile = ExpectedFile | null | 'unknown';

/** A file Astro will write, and its length once written. */
export interface ExpectedFile {
  file: string;
  bytes: number;
}

/** The files a host's folder holds once Astro has written all its pages. */
export interface HostOutput {
  host: string;
  files: ExpectedFile[];
}

/**
 * Follows each host's renders while Astro renders several pages at once (`build.concurrency`).
 * Astro writes a page after its render has returned, in no fixed order; so a host is complete
 * once all its renders have returned and each of its files holds the bytes its render gave
 * (`unwritten`). A host with a page we cannot size is left for the end, after Astro returns.
 */
export function renderLedger(paths: readonly string[], hosts: readonly string[]) {
  const left = new Map<string, number>();
  const output = new Map<string, HostOutput>();
  for (const path of paths) {
    const host = hostOfPath(path, hosts);
    if (!host) continue;
    left.set(host, (left.get(host) ?? 0) + 1);
    output.set(host, { host, files: [] });
  }
  const unknown = new Set<string>();
  return {
    /** Call as each render returns; gives the host whose renders have now all returned, if it can be checked. */
    returned(path: string, file: RenderedFile): HostOutput | null {
      const host = hostOfPath(path, hosts);
      const n = host ? left.get(host) : undefined;
      if (!host || n === undefined) return null;
      if (file === 'unknown') unknown.add(host);
      else if (file) output.get(host)!.files.push(file);
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
 * The file Astro writes for a path it renders, with `build.format: 'directory'`: `index.html` in
 * the path's folder for a page, the path itself for an endpoint (Astro's getOutFolder/getOutFile).
 */
export function outputFile(astroOut: string, pathname: string, routeType: string): string {
  const path = decodeURI(pathname);
  return routeType === 'endpoint' ? join(astroOut, path) : join(astroOut, path, 'index.html');
}

/**
 * The files not yet written in full: absent, or shorter than their body (still being written).
 * Synchronous on purpose: a few stat calls take microseconds, where thousands of queued
 * asynchronous calls would wait behind Astro's own writes for seconds.
 */
export function unwritten(files: readonly ExpectedFile[]): ExpectedFile[] {
  return files.filter(({ file, bytes }) => {
    try {
      return statSync(file).size !== bytes;
    } catch {
      return true;
    }
  });
}

/**
 * The response, and what Astro will write from it. The middleware gives each page's length
 * (`content-length`); any other body is read here, and handed on as a new response.
 */
async function measured(result: RenderResult, file: string): Promise<{ result: RenderResult; file: RenderedFile }> {
  const response = result instanceof Response ? result : result.response;
  if (response.status >= 300 && response.status < 400) return { result, file: 'unknown' };
  if (!response.body) return { result, file: null };
  const length = response.headers.get('content-length');
  if (length !== null && /^\d+$/.test(length)) return { result, file: { file, bytes: Number(length) } };
  const body = await response.arrayBuffer();
  const copy = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  return {
    result: result instanceof Response ? copy : { ...result, response: copy },
    file: { file, bytes: body.byteLength },
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
  // Set by close(): the build is over (or failed, Astro's render included): no host is indexed any
  // more, and no host waits for its pages (a page Astro failed to write would be waited for forever,
  // keeping the process alive after the build had failed).
  let closed = false;
  const start = (host: string, before: Promise<void> = Promise.resolve()) => {
    const task = (async () => {
      await before;
      if (closed) throw new Error(`The build stopped before ${host} was indexed`);
      return indexFolder(join(astroOut, host), bundleDir(host));
    })();
    task.catch(() => {}); // Reported by done(); an unhandled rejection would end the build first.
    indexing.set(host, task);
  };
  // The host's last renders have returned; Astro writes their files right after.
  // Each file is checked until it is whole, then no more: a host's pages are stat'ed about once each.
  const whenWritten = async (output: HostOutput) => {
    let pending = unwritten(output.files);
    for (let wait = 10; !rendered && !closed && pending.length; wait = Math.min(wait * 2, 160)) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      pending = unwritten(pending);
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
      const { result: handedOn, file } = await measured(result, outputFile(astroOut, path, options.routeData.type));
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
