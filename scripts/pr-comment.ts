/**
 * npm run pr-comment -- [--base origin/main] [--preview-url https://…/] [--out comment.md]
 * Writes the pull request's comment (markdown): the preview's links, `npm run check`'s result and
 * the translation status of the entries the branch changes since it left `--base`.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/content/check/check-content.ts';
import { changedSince, readHistory } from '../src/content/drift/history.ts';
import { pullRequestComment } from '../src/content/report/pr-comment.ts';
import { translationReport } from '../src/content/report/translations.ts';
import { buildClock, contentRoot } from '../src/settings.ts';
import { siteEditions } from '../src/sites/registry.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'origin/main' },
    'preview-url': { type: 'string' },
    out: { type: 'string' },
  },
});
const root = contentRoot();
const history = readHistory(root);
const commits = 'commits' in history ? history.commits : null;
const comment = pullRequestComment({
  previewUrl: values['preview-url'] ? values['preview-url'].replace(/\/?$/, '/') : null,
  editions: siteEditions,
  problems: checkContent({ root, now: buildClock().now, history: commits }),
  changed: changedSince(values.base),
  contentDir: relative(process.cwd(), root).split('\\').join('/'),
  rows: translationReport(root, { history: commits }).rows,
  historyGap: 'gap' in history ? history.gap : undefined,
});
if (values.out) writeFileSync(values.out, comment);
else console.log(comment);
