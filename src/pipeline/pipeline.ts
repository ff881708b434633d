/**
 * The full build: render every host with one Astro build, assemble one folder
 * per host, add sitemaps, robots.txt and the Pagefind index, then swap into dist/.
 * Nothing reaches dist/ unless every step succeeded.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { PlannedPage } from '../routing/plan.ts';
import { assembleHosts, swapInto } from './assemble.ts';
import { referenceResolver, rewriteReferences } from './cross-references.ts';
import { writeHostIcons } from './icons.ts';
import { buildClock, contentRoot, setRenderSettings } from '../settings.ts';
import { headersFile } from '../deploy/headers.ts';
import { nginxServer } from '../deploy/nginx.ts';
import { redirectsFile } from '../deploy/redirects.ts';
import type { EditionFeeds } from '../feeds/items.ts';
import { calendar, rss } from '../feeds/render.ts';
import { absoluteUrl, feedLocation } from '../routing/urls.ts';
import { closeSearchIndexer, indexHost } from '../search/indexer.ts';
import { robotsTxt, sitemapFiles } from '../seo/sitemaps.ts';

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

  const steps: Record<string, number> = {};
  let mark = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = Math.round(now - mark);
    mark = now;
  };
  // Authors' mistakes stop the build before anything is rendered, with the checker's messages.
  const { runCheck } = await import('../content/check/run.ts');
  if (runCheck({ print: log, warnings: false }).some((p) => p.severity === 'error')) {
    throw new ContentError();
  }

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
  step('check');
  const { build } = await import('astro');
  await rm(astroOut, { recursive: true, force: true });
  await build({ root, logLevel: 'warn' });
  step('render');

  const planJson = await readFile(join(astroOut, 'build-manifest.json'), 'utf8');
  const plan = JSON.parse(planJson) as PlannedPage[];
  // Kept beside the build for tools and tests (which page is which template), never published.
  await writeFile(join(work, 'page-plan.json'), planJson);
  await assembleHosts(astroOut, staging, targets, plan, contentRoot());

  const resolveReference = referenceResolver(plan);
  for (const page of plan.filter((p) => targets.includes(p.host))) {
    const file = join(staging, page.host, page.path.endsWith('/') ? `${page.path}index.html` : page.path);
    const html = await readFile(file, 'utf8');
    const rewritten = rewriteReferences(html, page, resolveReference);
    if (rewritten !== html) await writeFile(file, rewritten);
  }

  const feeds = JSON.parse(await readFile(join(astroOut, 'feed-data.json'), 'utf8')) as EditionFeeds[];
  const built = buildClock().now;
  for (const edition of feeds.filter((f) => targets.includes(f.host))) {
    const rssAt = feedLocation(edition, 'rss');
    await writeFile(join(staging, edition.host, rssAt.path), rss(edition, absoluteUrl(rssAt), built));
    await writeFile(join(staging, edition.host, feedLocation(edition, 'calendar').path), calendar(edition, built));
  }

  step('assemble');
  const report: BuildReport = { hosts: {}, steps };
  for (const host of targets) {
    const hostDir = join(staging, host);
    for (const [name, xml] of Object.entries(await sitemapFiles(plan, host))) await writeFile(join(hostDir, name), xml);
    await writeFile(join(hostDir, 'robots.txt'), robotsTxt(host));
    await writeFile(join(hostDir, '_headers'), headersFile(host));
    await writeFile(join(hostDir, '_redirects'), redirectsFile(host));
    await writeHostIcons(hostDir, host);
  }
  try {
    // All hosts at once: Pagefind's backend overlaps them (a quarter faster than one by one).
    const indexed = await Promise.all(targets.map((host) => indexHost(join(staging, host))));
    targets.forEach((host, i) => {
      report.hosts[host] = { pages: plan.filter((p) => p.host === host).length, indexed: indexed[i]! };
      log(`  ${host}: ${report.hosts[host].pages} pages, ${indexed[i]} read by the search indexer`);
    });
  } finally {
    await closeSearchIndexer();
  }
  step('search-and-seo');
  const { addEditor } = await import('../editor/bundle.ts');
  await addEditor(root, staging, targets, sites, contentRoot());
  // After the search index, which must not read them: the editor's preview links (preview-links.ts).
  const { writeEntryAddresses } = await import('../editor/write-entry-addresses.ts');
  await writeEntryAddresses(staging, targets, plan, sites);
  step('editor');
  await swapInto(staging, dist, options.only);
  // Self-hosting: the same headers and redirects as nginx server blocks, beside dist/.
  const nginxDir = join(dirname(dist), 'deploy', 'nginx');
  await mkdir(nginxDir, { recursive: true });
  for (const host of targets) await writeFile(join(nginxDir, `${host}.conf`), nginxServer(host));
  return report;
}
