/** The plan of the current build, computed once from the published content. */
import { resolve } from 'node:path';
import { buildClock, contentRoot, renderedHosts } from '../settings.ts';
import { gitLastChanged } from '../content/check/git-dates.ts';
import { contentIndex } from '../content/query.ts';
import { siteEditions } from '../sites/registry.ts';
import { inRenderOrder, planPages, type LastChanged, type PlannedPage } from './plan.ts';

let planned: Promise<PlannedPage[]> | undefined;

/**
 * Entries' last commits (one git call for the content folder). Commit dates, not file times:
 * two builds of one commit stay identical. Outside a git checkout, entries have only their fields.
 */
function lastCommits(content: Awaited<ReturnType<typeof contentIndex>>): LastChanged {
  const changed = gitLastChanged(process.cwd(), contentRoot());
  const files = new Map<string, string>();
  for (const list of Object.values(content)) {
    for (const e of list) if (e.entry.filePath) files.set(`${e.collection}|${e.id}`, resolve(e.entry.filePath));
  }
  return (entry) => {
    const file = files.get(`${entry.collection}|${entry.id}`);
    return file ? changed(file) : undefined;
  };
}

export function sitePlan(): Promise<PlannedPage[]> {
  planned ??= contentIndex().then((content) =>
    planPages(content, siteEditions, buildClock().now, lastCommits(content)),
  );
  return planned;
}

/**
 * The pages this Astro build renders: every host's, or only those of the hosts a preview
 * build names (`npm run build -- --host`). Links still resolve against the whole plan.
 */
export async function renderedPages(): Promise<PlannedPage[]> {
  const only = renderedHosts();
  const plan = await sitePlan();
  return inRenderOrder(only ? plan.filter((page) => only.includes(page.host)) : plan);
}
