/**
 * Security headers as each host's `_headers` sends them, path by path (the rules combined as
 * Cloudflare Pages / Netlify combine them): graded A+ the way the MDN HTTP Observatory grades
 * a response, and no looser than the pages need.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hosts } from '../../src/sites/registry.ts';
import { distDir, pagePlan, testBuilds } from '../support/builds.ts';
import { fileFor } from '../support/dist.ts';
import { observatoryGrade } from '../support/observatory.ts';
import { headersFor, parseHeaders } from '../support/virtual-hosts.ts';

const build = testBuilds.sample;
const dist = distDir(build);
const plan = pagePlan(build);

interface Checked {
  path: string;
  headers: Record<string, string>;
  html?: string;
}

/** The paths that matter on a host: home, an article, every search page, the 404 pages, a stylesheet, the search bundle. */
function pathsOf(host: string): Checked[] {
  const rules = parseHeaders(readFileSync(join(dist, host, '_headers'), 'utf8'));
  const pages = plan.filter((p) => p.host === host);
  const home = readFileSync(fileFor(dist, host, '/')!, 'utf8');
  const css = /href="(\/_astro\/[^"]+\.css)"/.exec(home)![1]!;
  const paths = [
    ...new Set([
      '/',
      pages.filter((p) => p.indexable).at(-1)!.path,
      ...pages.filter((p) => p.ref.kind === 'search' || p.ref.kind === 'notFound').map((p) => p.path),
    ]),
  ];
  return [
    ...paths.map((path) => ({
      path,
      headers: headersFor(rules, path),
      html: readFileSync(fileFor(dist, host, path)!, 'utf8'),
    })),
    ...[css, '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json'].map((path) => ({
      path,
      headers: headersFor(rules, path),
    })),
  ];
}

const directive = (policy: string | undefined, name: string) =>
  (policy ?? '')
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([d]) => d === name)
    ?.slice(1) ?? [];

/** Observatory score per host and path, printed at the end for the record. */
const scores = new Map<string, string[]>();

describe('security headers of every host (_headers)', () => {
  afterAll(() => {
    console.log([...scores].map(([host, paths]) => `${host}: ${paths.join(', ')}`).join('\n'));
  });

  it.each([...hosts])('%s: every path grades A+ on the HTTP Observatory scale', (host) => {
    for (const { path, headers, html } of pathsOf(host)) {
      // Cloudflare Pages answers plain HTTP with a redirect to HTTPS on the same host (the nginx
      // block's port-80 server does the same: deploy-files.test.ts).
      const graded = observatoryGrade({ headers, host, html, httpRedirects: [`http://${host}/`, `https://${host}/`] });
      const lost = graded.results.filter((r) => r.modifier < 0).map((r) => `${r.result} (${r.modifier})`);
      expect(lost, `${host}${path}`).toEqual([]);
      expect(graded.grade, `${host}${path}: ${graded.score}`).toBe('A+');
      scores.set(host, [...(scores.get(host) ?? []), `${path} ${graded.score}`]);
    }
  });

  it.each([...hosts])('%s: HTTPS is enforced for a year, subdomains included', (host) => {
    for (const { path, headers } of pathsOf(host)) {
      const hsts = headers['strict-transport-security'] ?? '';
      const maxAge = Number(/max-age=(\d+)/i.exec(hsts)?.[1] ?? 0);
      expect(maxAge, `${host}${path}`).toBeGreaterThanOrEqual(365 * 24 * 3600);
      expect(hsts.toLowerCase(), `${host}${path}`).toContain('includesubdomains');
    }
  });

  it.each([...hosts])('%s: only the search index may be read by other origins', (host) => {
    for (const { path, headers } of pathsOf(host)) {
      const expected = path.startsWith('/pagefind/') ? 'cross-origin' : 'same-origin';
      expect(headers['cross-origin-resource-policy'], `${host}${path}`).toBe(expected);
    }
  });

  it.each([...hosts])("%s: only search may compile WebAssembly; no 'unsafe-inline' or eval anywhere", (host) => {
    const searchPages = plan.filter((p) => p.host === host && p.ref.kind === 'search').map((p) => p.path);
    expect(searchPages.length).toBeGreaterThan(0);
    for (const { path, headers } of pathsOf(host)) {
      const policy = headers['content-security-policy'];
      const scripts = directive(policy, 'script-src');
      const styles = directive(policy, 'style-src');
      // The search pages, and Pagefind's bundle: its worker, which compiles the index, runs under its own policy.
      const search = searchPages.includes(path) || path.startsWith('/pagefind/');
      expect(scripts.includes("'wasm-unsafe-eval'"), `${host}${path}`).toBe(search);
      expect(
        [...scripts, ...styles].filter((s) => ["'unsafe-inline'", "'unsafe-eval'", 'data:', '*'].includes(s)),
        `${host}${path}`,
      ).toEqual([]);
      expect(directive(policy, 'default-src'), `${host}${path}`).toEqual(["'self'"]);
    }
  });
});
