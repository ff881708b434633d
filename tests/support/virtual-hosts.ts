/**
 * Lets Chromium open https://<host>/… for every built host, answered from
 * dist/<host>/ with the headers that host's `_headers` file declares (CSP,
 * CORS, caching), as the static host would. Any other request is refused, so a
 * test also proves nothing leaves the network of sites.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { contentTypes, resolveFile } from '../../src/serve/static-server.ts';

interface Rule {
  pattern: RegExp;
  detach: string[];
  headers: Array<[string, string]>;
}

/** Parses Cloudflare Pages / Netlify `_headers`: path lines, indented headers, `! Name` detaches. */
export function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      rules.push({ pattern, detach: [], headers: [] });
    } else if (line.trim().startsWith('!')) {
      rules.at(-1)!.detach.push(line.trim().slice(1).trim().toLowerCase());
    } else {
      const i = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

export function headersFor(rules: Rule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const name of rule.detach) delete headers[name];
    for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

export async function routeHosts(context: BrowserContext, dist: string): Promise<{ foreign: string[] }> {
  const foreign: string[] = [];
  const rules = new Map<string, Rule[]>();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const hostDir = join(dist, url.host);
    if (url.protocol !== 'https:' || !existsSync(hostDir)) {
      foreign.push(url.href);
      return route.abort('blockedbyclient');
    }
    if (!rules.has(url.host)) {
      const file = join(hostDir, '_headers');
      rules.set(url.host, existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : []);
    }
    const file = resolveFile(hostDir, url.pathname);
    const served = file ?? join(hostDir, '404.html');
    return route.fulfill({
      status: file ? 200 : 404,
      headers: {
        ...headersFor(rules.get(url.host)!, url.pathname),
        'content-type': contentTypes[extname(served)] ?? 'application/octet-stream',
      },
      body: readFileSync(served),
    });
  });
  return { foreign };
}
