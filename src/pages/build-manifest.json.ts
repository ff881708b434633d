/**
 * The page plan as JSON, for the post-build steps (sitemaps, robots, checks).
 * scripts/build.ts reads it and does not publish it.
 */
import type { APIRoute } from 'astro';
import { sitePlan } from '../routing/site-plan.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await sitePlan()));
