/**
 * npm run preview-site [-- --dist dist --out preview-site --base /]
 * Turns a preview build (npm run build:preview) into one static site with every host under
 * /<host>/, links kept inside it and noindex everywhere: what a pull request's preview deploys.
 */
import { parseArgs } from 'node:util';
import { writePreviewSite } from '../src/deploy/write-preview-site.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'preview-site' },
    base: { type: 'string', default: '/' },
  },
});
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const built = await writePreviewSite({ dist: values.dist, out: values.out, base });
console.log(`Preview site of ${built.length} hosts in ${values.out}/ (served from ${base}).`);
