// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { remarkSteps } from './src/content/remark-steps.ts';

/**
 * One static build renders every host: pages are emitted under `<outDir>/<host>/…`
 * and `scripts/build.ts` assembles them into `dist/<host>/`.
 * Markdown goes through the unified processor so our remark plugins run; GFM comes from remark-gfm.
 */
export default defineConfig({
  outDir: process.env.BRUSANO_ASTRO_OUT ?? '.build/astro',
  cacheDir: process.env.BRUSANO_CACHE_DIR ?? 'node_modules/.astro',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkSteps] }) },
  integrations: [mdx()],
  // No inline scripts (or data: assets): the Content-Security-Policy allows scripts from 'self' only.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
