// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/content/markdown.ts';
import { astroCacheDir, astroOutDir } from './src/settings.ts';
import { devHosts } from './src/serve/dev-hosts.ts';
import { hosts, region } from './src/sites/registry.ts';

/**
 * One static build renders every host: pages are emitted under `<outDir>/<host>/…`
 * and `scripts/build.ts` assembles them into `dist/<host>/`.
 * Markdown (.md and .mdx) goes through Sätteri, Astro's default processor, with our plugins.
 */
export default defineConfig({
  outDir: astroOutDir(),
  cacheDir: astroCacheDir(),
  trailingSlash: 'ignore',
  // Four pages at a time (faster than one, measured). In the build, the pages' files are written
  // on another thread (src/pipeline/page-writer.ts), which tells the search indexer when each
  // host's folder is complete.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  markdown: { processor: markdownProcessor() },
  // `npm run dev`: every host of the registry at http://<host>.localhost:<port>/.
  integrations: [mdx(), devHosts(hosts, region.editions.fr.host)],
  // `npm run dev` watches the project, but never the build's own output (.build/, dist/): after
  // `npm run bench` that is 100,000 files, past the system's limit of file watchers (ENOSPC), and
  // the dev server then misses the author's saves.
  vite: {
    // No inline scripts (or data: assets): the Content-Security-Policy allows scripts from 'self' only.
    build: { assetsInlineLimit: 0 },
    server: { watch: { ignored: ['**/.build/**', '**/dist/**'] } },
  },
  devToolbar: { enabled: false },
});
