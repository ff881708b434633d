/**
 * Under `npm run dev`: resolves the cross-reference links (`focus:mental-health`) of each page as
 * Astro serves it. Markdown is rendered per entry, before it is known on which page (host,
 * language) it appears; the page plan is known here. The build does the same off its render
 * thread, in the page writer (src/pipeline/page-writer-worker.ts), with the same `resolvedPage`.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageReferences, resolvedPage, type PageReferences } from './pipeline/cross-references.ts';
import { routeOfPath } from './routing/plan.ts';
import { sitePlan } from './routing/site-plan.ts';

let references: Promise<PageReferences> | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  references ??= sitePlan().then(pageReferences);
  const html = resolvedPage(
    new Uint8Array(await response.arrayBuffer()),
    routeOfPath(context.url.pathname),
    await references,
  );
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
