/** Each host's palette, from the registry, as CSS custom properties over the shared stylesheet. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { brandCss } from '../../sites/branding.ts';
import { editionsOnHost, hosts } from '../../sites/registry.ts';

export const getStaticPaths = (() => hosts.map((host) => ({ params: { host } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(brandCss(editionsOnHost(params.host!)[0]!.site), { headers: { 'Content-Type': 'text/css' } });
