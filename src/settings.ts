/**
 * Build settings: every environment variable the build reads, in one place.
 * The README's "Build settings" table lists the same variables (a unit test keeps it so).
 *
 * Authors and CI set the first group; the build pipeline sets the second for the Astro build
 * it runs in the same process (Astro reads its config and routes through these).
 */
import { join, resolve } from 'node:path';

type Env = Record<string, string | undefined>;

export const settingVariables = {
  /** The build's "today" (a date or ISO date-time); pins the current month and scheduled publication. */
  buildDate: 'BUILD_DATE',
  /** Reproducible-builds convention: seconds since 1970; used when BUILD_DATE is not set. */
  sourceDateEpoch: 'SOURCE_DATE_EPOCH',
  /** `1`: include drafts and scheduled entries, with a banner and noindex (`npm run build:preview`). */
  preview: 'BRUSANO_PREVIEW',
  /** Comma-separated hosts to build, like `--host` (`npm run build` only). */
  hosts: 'BRUSANO_HOSTS',
  /** The content folder (default `content`); tests point it at fixtures. */
  contentDir: 'BRUSANO_CONTENT_DIR',
  /** A JSON site registry replacing `src/sites/sites.ts` (tests, trials of a new zone). */
  sitesFile: 'BRUSANO_SITES',
  /**
   * Set by `npm run dev`: the dev server's port. Links across hosts then go to
   * `http://<host>.localhost:<port>/`, which the dev server answers for every host.
   */
  devPort: 'BRUSANO_DEV_PORT',
  /** `1`: print the build report as one JSON line (`REPORT {…}`), for the benchmark. */
  reportJson: 'BRUSANO_REPORT_JSON',
  /**
   * `1`: index the hosts for search all at once after the render, instead of each host while the
   * next ones render (`npm run bench -- --compare-search` measures both ways).
   */
  searchAfterRender: 'BRUSANO_SEARCH_AFTER_RENDER',
  /** Set by the pipeline: hosts whose pages Astro renders (all when unset). */
  renderHosts: 'BRUSANO_RENDER_HOSTS',
  /** Set by the pipeline: where Astro writes its output (default `.build/astro`). */
  astroOutDir: 'BRUSANO_ASTRO_OUT',
  /** Set by the pipeline: Astro's cache folder (default `node_modules/.astro`). */
  cacheDir: 'BRUSANO_CACHE_DIR',
} as const;

export type SettingName = keyof typeof settingVariables;

const list = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : null);

export function contentRoot(env: Env = process.env): string {
  return resolve(env[settingVariables.contentDir] ?? 'content');
}

export function sitesFile(env: Env = process.env): string | undefined {
  return env[settingVariables.sitesFile] || undefined;
}

export function requestedHosts(env: Env = process.env): string[] | null {
  return list(env[settingVariables.hosts]);
}

/** The hosts named for a partial build, or null for all. Set by the build pipeline. */
export function renderedHosts(env: Env = process.env): string[] | null {
  return list(env[settingVariables.renderHosts]);
}

export function astroOutDir(env: Env = process.env): string {
  return env[settingVariables.astroOutDir] ?? '.build/astro';
}

export function astroCacheDir(env: Env = process.env): string {
  return env[settingVariables.cacheDir] ?? 'node_modules/.astro';
}

/**
 * What builds keep between runs because it depends on installed packages, not on content (the
 * web editor's bundle): under node_modules/.cache/, so a fresh `npm ci` starts clean.
 */
export function packageCacheDir(root: string): string {
  return join(root, 'node_modules/.cache/brusano');
}

/** The dev server's port under `npm run dev`, else null (the sites' real origins). */
export function devPort(env: Env = process.env): number | null {
  const value = env[settingVariables.devPort];
  if (!value) return null;
  if (!/^\d+$/.test(value)) throw new Error(`BRUSANO_DEV_PORT='${value}' is not a port number`);
  return Number(value);
}

export function wantsJsonReport(env: Env = process.env): boolean {
  return Boolean(env[settingVariables.reportJson]);
}

export function searchAfterRender(env: Env = process.env): boolean {
  return Boolean(env[settingVariables.searchAfterRender]);
}

/** What the pipeline tells the Astro build it runs in this process. */
export function setRenderSettings(options: {
  renderHosts: readonly string[] | null;
  astroOutDir: string;
  cacheDir: string;
  preview?: boolean | undefined;
}): void {
  const env = process.env;
  if (options.renderHosts) env[settingVariables.renderHosts] = options.renderHosts.join(',');
  else delete env[settingVariables.renderHosts];
  env[settingVariables.astroOutDir] = options.astroOutDir;
  env[settingVariables.cacheDir] = options.cacheDir;
  if (options.preview) env[settingVariables.preview] = '1';
  env.ASTRO_TELEMETRY_DISABLED = '1';
}

/** The build's notion of "now" and of preview mode. */
export interface BuildClock {
  now: Date;
  preview: boolean;
}

/**
 * BUILD_DATE (or SOURCE_DATE_EPOCH) pins the date, so two builds of one commit are identical and
 * tests can fix "the current month"; without either, the real time.
 */
export function buildClock(env: Env = process.env): BuildClock {
  const pinned = env[settingVariables.buildDate];
  const epoch = env[settingVariables.sourceDateEpoch];
  let now = new Date();
  if (pinned) {
    now = new Date(pinned);
    if (Number.isNaN(now.getTime())) {
      throw new Error(`BUILD_DATE='${pinned}' is not a date (use 2025-03-15 or an ISO date-time)`);
    }
  } else if (epoch) {
    if (!/^\d+$/.test(epoch)) {
      throw new Error(`SOURCE_DATE_EPOCH='${epoch}' is not a number of seconds since 1970-01-01 UTC`);
    }
    now = new Date(Number(epoch) * 1000);
  }
  return { now, preview: env[settingVariables.preview] === '1' };
}
