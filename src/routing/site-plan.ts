/** The plan of the current build, computed once from the published content. */
import { buildClock, renderedHosts } from '../settings.ts';
import { contentIndex } from '../content/query.ts';
import { siteEditions } from '../sites/registry.ts';
import { planPages, type PlannedPage } from './plan.ts';

let planned: Promise<PlannedPage[]> | undefined;

export function sitePlan(): Promise<PlannedPage[]> {
  planned ??= contentIndex().then((content) => planPages(content, siteEditions, buildClock().now));
  return planned;
}

/**
 * The pages this Astro build renders: every host's, or only those of the hosts a preview
 * build names (`npm run build -- --host`). Links still resolve against the whole plan.
 */
export async function renderedPages(): Promise<PlannedPage[]> {
  const only = renderedHosts();
  const plan = await sitePlan();
  return only ? plan.filter((page) => only.includes(page.host)) : plan;
}

/** Astro route parameter of a planned page: `<host><path>` without slashes at the ends. */
export function routeParam(page: Pick<PlannedPage, 'host' | 'path'>): string {
  return `${page.host}${page.path}`.replace(/\/+$/, '');
}
