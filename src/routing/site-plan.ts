/** The plan of the current build, computed once from the published content. */
import { buildClock } from '../build/clock.ts';
import { contentIndex } from '../content/query.ts';
import { siteEditions } from '../sites/registry.ts';
import { planPages, type PlannedPage } from './plan.ts';

let planned: Promise<PlannedPage[]> | undefined;

export function sitePlan(): Promise<PlannedPage[]> {
  planned ??= contentIndex().then((content) => planPages(content, siteEditions, buildClock().now));
  return planned;
}

/** Astro route parameter of a planned page: `<host><path>` without slashes at the ends. */
export function routeParam(page: Pick<PlannedPage, 'host' | 'path'>): string {
  return `${page.host}${page.path}`.replace(/\/+$/, '');
}
