/**
 * Writes the files of the hosts' pages in a worker thread (page-writer-worker.ts), not on Astro's
 * render thread. Astro's render loop is the build's one busy thread: creating a folder and writing
 * a file took it about 0.3 ms a page (a fifth of the render at 21,000 pages), where the worker
 * does it on the other core. The wrapped prerenderer hands each page's bytes to the worker and
 * gives Astro an empty response, for which Astro writes nothing (its `renderPath`: "file not
 * created, response body was empty"). Redirects stay Astro's: it writes them from its template.
 *
 * The worker also resolves each page's cross-reference links (`focus:…`) from the page plan, which
 * the dev server does in src/middleware.ts: off the render thread, that is 2 to 3 s less for it at
 * 21,000 pages (decoding, searching and copying each page's HTML, and two more responses).
 *
 * The writer knows when a host's folder is complete (all its renders returned, all its files
 * written), which is when the search indexer reads it (src/search/indexer.ts).
 */
import type { AstroPrerenderer } from 'astro';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { routeOfPath } from '../routing/plan.ts';

/** The host a path Astro renders (`/<host>/<path on the host>`) belongs to, if it is one of `hosts`. */
export function hostOfPath(pathname: string, hosts: readonly string[]): string | null {
  const host = pathname.split('/')[1] ?? '';
  return hosts.includes(host) ? host : null;
}

/**
 * The file Astro would write for a path it renders, with `build.format: 'directory'`:
 * `index.html` in the path's folder for a page, the path itself for an endpoint (Astro's
 * getOutFolder/getOutFile).
 */
export function outputFile(astroOut: string, pathname: string, routeType: string): string {
  const path = decodeURI(pathname);
  return routeType === 'endpoint' ? join(astroOut, path) : join(astroOut, path, 'index.html');
}

/** Who writes a rendered path's file: the writer, nobody (empty body), or Astro (a redirect page). */
export type Writer = 'worker' | 'none' | 'astro';

/**
 * Follows each host's renders while Astro renders several pages at once (`build.concurrency`), in
 * no fixed order, and its files as the worker writes them: a host is complete once all its renders
 * have returned and every file handed to the worker is written. A host with a file Astro writes
 * itself (a redirect, written after its render returns) is left for the end, after Astro returns.
 */
export function hostLedger(paths: readonly string[], hosts: readonly string[]) {
  const renders = new Map<string, number>();
  const writing = new Map<string, number>();
  const byAstro = new Set<string>();
  for (const path of paths) {
    const host = hostOfPath(path, hosts);
    if (host) renders.set(host, (renders.get(host) ?? 0) + 1);
  }
  const completed = (host: string): string | null =>
    !renders.has(host) && !writing.get(host) && !byAstro.has(host) ? host : null;
  return {
    /** Call as each render returns; gives the host now complete, if any. */
    returned(path: string, writer: Writer): string | null {
      const host = hostOfPath(path, hosts);
      const left = host ? renders.get(host) : undefined;
      if (!host || left === undefined) return null;
      if (writer === 'astro') byAstro.add(host);
      if (writer === 'worker') writing.set(host, (writing.get(host) ?? 0) + 1);
      if (left > 1) {
        renders.set(host, left - 1);
        return null;
      }
      renders.delete(host);
      return completed(host);
    },
    /** Call as the worker reports a host's file written; gives the host now complete, if any. */
    written(host: string): string | null {
      writing.set(host, (writing.get(host) ?? 1) - 1);
      return completed(host);
    },
    /** Whether every file handed to the worker is written. */
    allWritten(): boolean {
      return [...writing.values()].every((n) => n === 0);
    },
    /** Whether some of a host's renders have not returned yet. */
    rendering(host: string): boolean {
      return renders.has(host);
    },
    /** Hosts not handed out: with a file Astro writes, or with pages Astro did not render. */
    rest(): string[] {
      const all = [...new Set([...renders.keys(), ...byAstro])];
      renders.clear();
      byAstro.clear();
      return all;
    },
  };
}

/** A page's file, as the render thread hands it to the worker. */
export interface PageFile {
  host: string;
  file: string;
  bytes: ArrayBuffer;
  /** The route of an HTML page whose cross-references the worker resolves (`routeOfPath`), else null. */
  route: string | null;
}

/** What the render thread sends the worker: the page plan (once, as Astro rendered it), or files. */
export type WriterMessage = { plan: string } | PageFile[];

/** What the worker answers for a batch: the host of each file written, or the error that stopped it. */
export type WriterReport = { written: string[] } | { failed: string };

/**
 * Files go to the worker in batches: in a profile of the render thread at 21,416 pages, one
 * message per file took 2.7 s, batches of 32 took 1.0 s. A host's last files go as soon as its
 * renders have all returned.
 */
const batchSize = 32;

export interface PageWriter {
  /** Wraps Astro's prerenderer to write the hosts' files in the worker. */
  prerenderer(base: AstroPrerenderer): AstroPrerenderer;
  /**
   * Call once Astro's build has returned: waits until every file is written, stops the worker, and
   * gives the hosts not yet reported complete.
   */
  done(): Promise<string[]>;
  /** Stops the worker (after a failure too); the files handed over may not all be written. */
  close(): Promise<void>;
  /**
   * The page plan's JSON, as Astro rendered it (before the pages): the worker resolves each page's
   * cross-references from it (src/pipeline/cross-references.ts) before writing the page.
   */
  usePlan(planJson: string): void;
}

/**
 * `onHostWritten` is called with each host whose folder is complete while Astro still renders;
 * `done()` gives the others. With `resolveReferences`, the worker waits for the plan (`usePlan`)
 * before writing a page.
 */
export function pageWriter(
  hosts: readonly string[],
  astroOut: string,
  onHostWritten: (host: string) => void,
  { resolveReferences = false } = {},
): PageWriter {
  const worker = new Worker(new URL('./page-writer-worker.ts', import.meta.url));
  let ledger: ReturnType<typeof hostLedger> | undefined;
  let failure: Error | undefined;
  let settled: (() => void) | undefined;
  const wake = () => {
    if (settled && (failure || !ledger || ledger.allWritten())) settled();
  };
  worker.on('message', (report: WriterReport) => {
    if ('failed' in report) {
      failure ??= new Error(`Writing the pages failed: ${report.failed}`);
      wake();
      return;
    }
    for (const written of report.written) {
      const host = ledger!.written(written);
      if (host) onHostWritten(host);
    }
    wake();
  });
  worker.on('error', (error) => {
    failure ??= error;
    wake();
  });
  // Nothing to wait for between renders: the worker must not keep a failed build's process alive.
  worker.unref();
  let batch: PageFile[] = [];
  const send = () => {
    if (!batch.length) return;
    const message: WriterMessage = batch;
    worker.postMessage(
      message,
      batch.map((file) => file.bytes),
    );
    batch = [];
  };
  let planGiven = false;

  return {
    prerenderer: (base) => ({
      ...base,
      async getStaticPaths() {
        const paths = await base.getStaticPaths();
        ledger = hostLedger(
          paths.map((p) => p.pathname),
          hosts,
        );
        return paths;
      },
      async render(request, options) {
        const result = await base.render(request, options);
        const path = new URL(request.url).pathname;
        const host = hostOfPath(path, hosts);
        if (!ledger || !host) return result;
        if (failure) throw failure;
        const response = result instanceof Response ? result : result.response;
        if (response.status >= 300 && response.status < 400) {
          const complete = ledger.returned(path, 'astro');
          if (complete) onHostWritten(complete);
          return result;
        }
        const bytes = response.body ? await response.arrayBuffer() : null;
        if (bytes) {
          const html = resolveReferences && response.headers.get('content-type')?.startsWith('text/html');
          const file = outputFile(astroOut, path, options.routeData.type);
          batch.push({ host, file, bytes, route: html ? routeOfPath(path) : null });
        }
        const complete = ledger.returned(path, bytes ? 'worker' : 'none');
        if (complete) onHostWritten(complete);
        if (batch.length >= batchSize || !ledger.rendering(host)) send();
        // Astro's render loop no longer waits for a file: without a turn of the event loop here, it
        // would run as one chain of promises, and the worker's reports and Pagefind's backend (whose
        // pipes need the event loop) would wait until the last page.
        await new Promise((resolve) => setImmediate(resolve));
        // No body: Astro writes no file.
        const empty = new Response(null, { status: response.status, headers: response.headers });
        return result instanceof Response ? empty : { ...result, response: empty };
      },
    }),
    usePlan(planJson) {
      planGiven = true;
      const message: WriterMessage = { plan: planJson };
      worker.postMessage(message);
    },
    async done() {
      if (resolveReferences && !planGiven) {
        await worker.terminate();
        throw new Error('Astro rendered no page plan: the pages’ cross-references could not be resolved');
      }
      send();
      worker.ref();
      await new Promise<void>((resolve) => {
        settled = resolve;
        wake();
      });
      await worker.terminate();
      if (failure) throw failure;
      return ledger?.rest() ?? [...hosts];
    },
    async close() {
      await worker.terminate();
    },
  };
}
