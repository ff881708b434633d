/**
 * The full build: render every host with one Astro build, assemble one folder
 * per host, add sitemaps, robots.txt and the Pagefind index, then swap into dist/.
 * Nothing reaches dist/ unless every step succeeded.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { PlannedPage } from '../routing/plan.ts';
import { assembleHosts, emptyDiscarded, swapInto } from './assemble.ts';
import { checkAlongside } from './check-alongside.ts';
import { feedDataPath, planPath, watchBuildData } from './build-data.ts';
import { moveHostExtras, writeHostExtras } from './host-extras.ts';
import { buildClock, contentRoot, searchAfterRender, setRenderSettings } from '../settings.ts';
import { nginxServer } from '../deploy/nginx.ts';
import { feedFilesAlongside } from '../feeds/alongside.ts';
import type { FeedFile } from '../feeds/files.ts';
import { searchBundlePath } from '../search/config.ts';
import { searchIndexer } from '../search/indexer.ts';
import { pageWriter } from './page-writer.ts';

export interface BuildOptions {
  root: string;
  /** Where the hosts end up; `dist` by default. */
  dist?: string | undefined;
  /** Build only these hosts (previews); all hosts by default. */
  only?: readonly string[] | undefined;
  /** Include drafts and scheduled entries, with a banner and noindex. */
  preview?: boolean | undefined;
  /** Scratch folder for Astro's output, cache and the staging copy; `.build` by default. */
  work?: string | undefined;
  log?: (line: string) => void;
}

export interface BuildReport {
  hosts: Record<string, { pages: number; indexed: number }>;
  /** Milliseconds per step, for the benchmark. */
  steps: Record<string, number>;
  /**
   * CPU milliseconds (user + system) of this process per step, for the benchmark: on a busy machine
   * wall times say little. Pagefind's backend, a child process, is given apart ('search-backend');
   * the check's worker thread too ('check (alongside start)'), though 'start' counts it as well.
   */
  cpu: Record<string, number>;
}

/** The content has errors; the checker already printed them. */
export class ContentError extends Error {
  constructor() {
    super('The content has errors (listed above): nothing was published.');
  }
}

export async function buildAll(options: BuildOptions): Promise<BuildReport> {
  const root = resolve(options.root);
  const log = options.log ?? ((line: string) => console.log(line));
  const work = resolve(root, options.work ?? '.build');
  const astroOut = join(work, 'astro');
  const staging = join(work, 'staging');
  const dist = resolve(root, options.dist ?? 'dist');
  // What earlier builds replaced in dist/ is deleted while this one starts; awaited before the swap.
  const discarded = join(work, 'discarded');
  const emptying = emptyDiscarded(discarded);
  emptying.catch(() => {});

  const steps: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  let mark = performance.now();
  let cpuMark = process.cpuUsage();
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = Math.round(now - mark);
    mark = now;
    const used = process.cpuUsage(cpuMark);
    cpu[name] = Math.round((used.user + used.system) / 1000);
    cpuMark = process.cpuUsage();
  };
  // Authors' mistakes stop the build before any page is rendered, with the checker's messages.
  // The check runs in a worker thread while Astro starts (Vite, content sync, bundling), on the
  // other core; the first page waits for its verdict.
  const checking = checkAlongside();
  checking.catch(() => {}); // Awaited below; an unhandled rejection would end the build first.
  let reported = false;
  const verdict = async () => {
    const { printed, errors, ms, cpuMs } = await checking;
    if (!reported) {
      for (const text of printed) log(text);
      steps['check (alongside start)'] = ms;
      cpu['check (alongside start)'] = cpuMs;
      reported = true;
    }
    if (errors) throw new ContentError();
  };

  const { hosts, sites } = await import('../sites/registry.ts');
  const targets = options.only ?? hosts;
  for (const host of targets) {
    if (!hosts.includes(host)) throw new Error(`Unknown host '${host}'. Hosts: ${hosts.join(', ')}`);
  }
  // A build of some hosts renders only their pages: previews of one host stay quick.
  setRenderSettings({
    renderHosts: options.only ?? null,
    astroOutDir: astroOut,
    cacheDir: join(work, 'cache'),
    preview: options.preview,
  });
  const { build } = await import('astro');
  await rm(astroOut, { recursive: true, force: true });
  // Pagefind reads each host once its pages are written and writes its bundle into work/search/,
  // while Astro renders the next hosts (see src/search/indexer.ts); each bundle moves into its
  // host's folder once the hosts are assembled.
  const searchBundles = join(work, 'search');
  await rm(searchBundles, { recursive: true, force: true });
  const search = searchIndexer(astroOut, (host) => join(searchBundles, host));
  // The pages' files are written on another thread, their cross-references resolved there
  // (src/pipeline/page-writer.ts); without the search alongside the render (to compare), every
  // host is indexed after it.
  const writer = pageWriter(targets, astroOut, searchAfterRender() ? () => {} : search.hostWritten, {
    resolveReferences: true,
  });
  // Sitemaps, deploy files, icons and the editor: written from the page plan while the pages render.
  const extrasDir = join(work, 'extras');
  let extras: Promise<void> | undefined;
  // The page plan's text, as Astro rendered it: kept for the assembly, not read back from disk.
  let renderedPlan: string | undefined;
  // The feeds, rendered on another thread from the feed data, which Astro renders first too.
  let feeds: Promise<FeedFile[]> | undefined;
  try {
    const hooks: AstroIntegration = {
      name: 'brusano:build',
      hooks: {
        'astro:build:start': ({ setPrerenderer }) =>
          setPrerenderer((base) => {
            const checked: AstroPrerenderer = {
              ...base,
              async setup() {
                await verdict();
                step('start');
                await base.setup?.();
              },
            };
            // Both are awaited after the render; an unhandled rejection would end the build first.
            const planned = watchBuildData(checked, {
              [planPath]: (planJson) => {
                renderedPlan = planJson;
                writer.usePlan(planJson);
                extras = writeHostExtras(extrasDir, {
                  root,
                  contentDir: contentRoot(),
                  hosts: targets,
                  sites,
                  planJson,
                });
                extras.catch(() => {});
              },
              [feedDataPath]: (feedJson) => {
                feeds = feedFilesAlongside(feedJson, targets, buildClock().now);
                feeds.catch(() => {});
              },
            });
            return writer.prerenderer(planned);
          }),
      },
    };
    try {
      await build({ root, logLevel: 'warn', integrations: [hooks] });
    } catch (error) {
      // Astro may stop on the content before the check is done (its own schema errors): the
      // check's messages, in French and Dutch, say what to fix.
      await verdict();
      throw error;
    }
    await verdict();
    const unindexed = await writer.done();
    step('render');
    const indexing = search.done(searchAfterRender() ? targets : unindexed);
    if (!renderedPlan || !extras || !feeds) throw new Error(`Astro rendered no ${extras ? feedDataPath : planPath}`);
    const feedFiles = await feeds;
    step('feeds');
    const indexed = await indexing;
    step('search-tail');
    const planJson = renderedPlan;
    const plan = JSON.parse(planJson) as PlannedPage[];
    // Kept beside the build for tools and tests (which page is which template), never published.
    await writeFile(join(work, 'page-plan.json'), planJson);
    await assembleHosts(astroOut, staging, targets, plan, contentRoot());
    for (const file of feedFiles) await writeFile(join(staging, file.host, file.path), file.text);
    step('assemble');
    await extras;
    await moveHostExtras(extrasDir, staging, targets);
    const report: BuildReport = { hosts: {}, steps, cpu };
    for (const host of targets) {
      await rename(join(searchBundles, host), join(staging, host, searchBundlePath).replace(/\/$/, ''));
      report.hosts[host] = { pages: plan.filter((p) => p.host === host).length, indexed: indexed.get(host) ?? 0 };
      log(`  ${host}: ${report.hosts[host].pages} pages, ${report.hosts[host].indexed} read by the search indexer`);
    }
    step('extras and search');
    // Pagefind's backend is a separate process: its CPU time is reported beside the steps'.
    const backendCpu = await search.close();
    if (backendCpu !== null) cpu['search-backend'] = backendCpu;
    step('search backend exit');
    await emptying;
    await swapInto(staging, dist, discarded, options.only);
    // Self-hosting: the same headers and redirects as nginx server blocks, beside dist/.
    const nginxDir = join(dirname(dist), 'deploy', 'nginx');
    await mkdir(nginxDir, { recursive: true });
    for (const host of targets) await writeFile(join(nginxDir, `${host}.conf`), nginxServer(host));
    step('publish');
    return report;
  } finally {
    // After a failure; a second close is harmless.
    await writer.close();
    await search.close();
  }
}
