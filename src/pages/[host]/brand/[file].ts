/** Each host's palette, from the registry, as CSS custom properties over the shared stylesheet. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { brandCss, brandCssPath } from '../../../sites/branding.ts';
import { renderedHosts } from '../../../settings.ts';
import { editionsOnHost, hosts } from '../../../sites/registry.ts';

export const getStaticPaths = (() =>
  (renderedHosts() ?? hosts).map((host) => {
    const site = editionsOnHost(host)[0]!.site;
    return { params: { host, file: brandCssPath(site).split('/').at(-1)! }, props: { css: brandCss(site) } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.css as string, { headers: { 'Content-Type': 'text/css' } });
