/**
 * Resolves the cross-reference links (`focus:mental-health`) of each page as Astro renders it.
 * Markdown is rendered per entry, before it is known on which page (host, language) it appears;
 * the page plan is known here, so each page's links are rewritten in memory before Astro writes
 * it, instead of reading every built page back from disk after the render.
 */
import { defineMiddleware } from 'astro:middleware';
import {
  mayHoldReferences,
  referenceResolver,
  rewriteReferences,
  type ReferenceResolver,
} from './pipeline/cross-references.ts';
import type { PlannedPage } from './routing/plan.ts';
import { routeParam, sitePlan } from './routing/site-plan.ts';

let lookup: Promise<{ pages: Map<string, PlannedPage>; resolve: ReferenceResolver }> | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  lookup ??= sitePlan().then((plan) => ({
    pages: new Map(plan.map((page) => [routeParam(page), page])),
    resolve: referenceResolver(plan),
  }));
  const { pages, resolve } = await lookup;
  const page = pages.get(decodeURI(context.url.pathname).replace(/^\/+|\/+$/g, ''));
  if (!page) return response;
  let bytes = new Uint8Array(await response.arrayBuffer());
  if (mayHoldReferences(bytes)) {
    bytes = new TextEncoder().encode(rewriteReferences(new TextDecoder().decode(bytes), page, resolve));
  }
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
});
