/** Writes the preview site of a built `dist/` (see preview-site.ts): one folder per host, an index, noindex. */
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { walk } from '../content/content-files.ts';
import { entryAddressFolder } from '../editor/preview-links.ts';
import { editorHost } from '../editor/settings.ts';
import { hosts, siteEditions, sites } from '../sites/registry.ts';
import { previewHeaders, previewIndex, previewRobots, rewriterFor, type PreviewPlace } from './preview-site.ts';

export async function writePreviewSite(options: { dist: string; out: string; base: string }) {
  const built = hosts.filter((h) => existsSync(join(options.dist, h)));
  if (built.length === 0) throw new Error(`No built host in ${options.dist}: run npm run build:preview first.`);
  await rm(options.out, { recursive: true, force: true });
  for (const host of built) {
    const place: PreviewPlace = { base: options.base, host, hosts };
    for (const file of walk(join(options.dist, host))) {
      const target = join(options.out, host, relative(join(options.dist, host), file));
      await mkdir(dirname(target), { recursive: true });
      const rewrite = rewriterFor(file);
      if (rewrite) await writeFile(target, rewrite(await readFile(file, 'utf8'), place));
      else await copyFile(file, target);
    }
  }
  // The web editor's preview links are `<preview>/_entries/…` (preview-links.ts): the regional
  // host's entry addresses, already rewritten to lead into the preview, also at the root.
  const addresses = join(options.out, editorHost(sites), entryAddressFolder);
  if (existsSync(addresses)) await cp(addresses, join(options.out, entryAddressFolder), { recursive: true });
  const editions = siteEditions.filter((e) => built.includes(e.host));
  await writeFile(join(options.out, 'index.html'), previewIndex(options.base, editions));
  await writeFile(join(options.out, '_headers'), previewHeaders);
  await writeFile(join(options.out, 'robots.txt'), previewRobots);
  // GitHub Pages would otherwise hide the `_astro/` folders.
  await writeFile(join(options.out, '.nojekyll'), '');
  return built;
}
