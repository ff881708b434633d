/**
 * `npm run dev` serves every host at `http://<host>.localhost:<port>/`: Astro renders a host's
 * page at `/<host>/<path>` (the build's single route), so a request for `<host>.localhost` is
 * sent there, unless it asks for the dev server's own files (Vite's modules, Astro's assets).
 */
import type { AstroIntegration } from 'astro';

/** Paths of the dev server itself, the same on every host. */
const devServerPaths = ['/@', '/_astro/', '/_image', '/node_modules/', '/src/', '/__', '/.astro/'];

/** The host a `Host` header names under `.localhost` (any port), if it is one of ours. */
export function localHost(header: string | undefined, hosts: readonly string[]): string | null {
  const name = (header ?? '').replace(/:\d+$/, '').toLowerCase();
  if (!name.endsWith('.localhost')) return null;
  const host = name.slice(0, -'.localhost'.length);
  return hosts.includes(host) ? host : null;
}

/** The path Astro renders for a request to `<host>.localhost`, or null to leave it as it is. */
export function devRoute(header: string | undefined, url: string, hosts: readonly string[]): string | null {
  const host = localHost(header, hosts);
  if (!host || devServerPaths.some((p) => url.startsWith(p))) return null;
  return `/${host}${url}`;
}

/** The Astro integration that routes each `<host>.localhost` request (dev server only). */
export function devHosts(hosts: readonly string[], home: string): AstroIntegration {
  return {
    name: 'brusano-dev-hosts',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = req.url ?? '/';
          const route = devRoute(req.headers.host, url, hosts);
          if (route) req.url = route;
          else if (url === '/' && !localHost(req.headers.host, hosts)) {
            // http://localhost:<port>/ itself: the regional site.
            const port = (req.headers.host ?? '').match(/:(\d+)$/)?.[1];
            res.writeHead(302, { location: `http://${home}.localhost${port ? `:${port}` : ''}/` }).end();
            return;
          }
          next();
        });
      },
    },
  };
}
