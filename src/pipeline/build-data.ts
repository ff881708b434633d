/**
 * The build-only endpoints: the page plan (src/pages/build-manifest.json.ts) and the feed data
 * (src/pages/feed-data.json.ts). Astro renders them before any page, so what is made from them
 * alone (sitemaps, editor, feeds…) can be made while the pages render.
 */
import type { AstroPrerenderer } from 'astro';

export const planPath = '/build-manifest.json';
export const feedDataPath = '/feed-data.json';

/**
 * Wraps Astro's prerenderer to hand the text of each watched endpoint to its handler as soon as
 * it is rendered; the response itself goes on to Astro unchanged.
 */
export function watchBuildData(
  base: AstroPrerenderer,
  handlers: Record<string, (text: string) => void>,
): AstroPrerenderer {
  return {
    ...base,
    async render(request, options) {
      const result = await base.render(request, options);
      const handler = handlers[new URL(request.url).pathname];
      if (handler) {
        const response = result instanceof Response ? result : result.response;
        handler(await response.clone().text());
      }
      return result;
    },
  };
}
