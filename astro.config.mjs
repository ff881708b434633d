// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { remarkSteps } from './src/content/remark-steps.ts';
import { astroCacheDir, astroOutDir } from './src/settings.ts';

/**
 * One static build renders every host: pages are emitted under `<outDir>/<host>/…`
 * and `scripts/build.ts` assembles them into `dist/<host>/`.
 * Markdown goes through the unified processor so our remark plugins run; GFM comes from remark-gfm.
 */
export default defineConfig({
  outDir: astroOutDir(),
  cacheDir: astroCacheDir(),
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkSteps] }) },
  integrations: [mdx()],
  // No inline scripts (or data: assets): the Content-Security-Policy allows scripts from 'self' only.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
