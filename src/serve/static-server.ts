/**
 * A small static file server for one built host, as a static web host would
 * serve it: index.html for folders, 404.html for anything missing.
 * Used by `npm run preview` and by the browser tests.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

/** Content types of the files a build produces, by extension. */
export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.ics': 'text/calendar; charset=utf-8',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

export function resolveFile(root: string, urlPath: string): string | null {
  const path = normalize(decodeURIComponent(urlPath.split(/[?#]/)[0]!)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(root, path), join(root, path, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export function serveFolder(root: string, port = 0): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    // Folders are served with a trailing slash, as static hosts redirect them.
    if (!url.endsWith('/') && !extname(url.split('?')[0]!) && resolveFile(root, `${url}/`)) {
      res.writeHead(301, { Location: `${url}/` }).end();
      return;
    }
    const file = resolveFile(root, url);
    const status = file ? 200 : 404;
    const served = file ?? join(root, '404.html');
    res.writeHead(status, { 'Content-Type': contentTypes[extname(served)] ?? 'application/octet-stream' });
    createReadStream(served).pipe(res);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      done({ server, origin: `http://127.0.0.1:${actualPort}` });
    });
  });
}
