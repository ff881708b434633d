/**
 * The deploy files as a web server reads them: every host's nginx server block runs in a real
 * nginx over the built folders, and must answer with the headers and redirects that the host's
 * `_headers` and `_redirects` declare (so self-hosting and a static host behave the same).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hosts } from '../../src/sites/registry.ts';
import { distDir, pagePlan, testBuilds, workDir } from '../support/builds.ts';
import { observatoryGrade } from '../support/observatory.ts';
import { headersFor, parseHeaders } from '../support/virtual-hosts.ts';

const build = testBuilds.sample;
const dist = distDir(build);
const plan = pagePlan(build);

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** nginx's HTTPS server (here plain HTTP, no certificate) and its port-80 server. */
let port = 0;
let httpPort = 0;
function get(host: string, path: string, on = port): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: on, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => {
        // Repeated headers (nginx sends each add_header line) fold into one value, as _headers does.
        const headers: Record<string, string> = {};
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i]!.toLowerCase();
          headers[name] = headers[name] ? `${headers[name]}, ${res.rawHeaders[i + 1]}` : res.rawHeaders[i + 1]!;
        }
        done({ status: res.statusCode!, headers, body });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

describe('nginx server blocks (deploy/nginx/<host>.conf) in a real nginx', () => {
  let nginx: ChildProcess | undefined;
  const log: string[] = [];

  beforeAll(async () => {
    const check = spawnSync('nginx', ['-v']);
    if (check.error)
      throw new Error('nginx is needed for this test: apt-get install nginx-light (npm test installs it as root).');
    port = await freePort();
    httpPort = await freePort();
    const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
    mkdirSync(join(prefix, 'logs'));
    // What a deployer changes: certificates (here plain HTTP on local ports) and the folder.
    const servers = hosts.map((host) =>
      readFileSync(join(workDir(build), 'deploy/nginx', `${host}.conf`), 'utf8')
        .replace(/^\s*listen \[::\]:(443|80)\b.*$/gm, '')
        .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${port};`)
        .replace(/listen 80;/, `listen 127.0.0.1:${httpPort};`)
        .replace(`root /var/www/${host};`, `root ${join(dist, host)};`),
    );
    writeFileSync(
      join(prefix, 'nginx.conf'),
      `daemon off;
master_process off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
${servers.join('\n')}
}
`,
    );
    const test = spawnSync('nginx', ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
    expect(test.status, test.stderr).toBe(0);
    nginx = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    nginx.stderr!.on('data', (d) => log.push(String(d)));
    for (let i = 0; i < 100; i++) {
      if (
        await get(hosts[0]!, '/').then(
          () => true,
          () => false,
        )
      )
        return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`nginx did not start: ${log.join('')}`);
  });
  afterAll(() => {
    nginx?.kill();
  });

  it.each([...hosts])('%s: pages, assets and search files carry the headers of _headers', async (host) => {
    const rules = parseHeaders(readFileSync(join(dist, host, '_headers'), 'utf8'));
    const pages = plan.filter((p) => p.host === host && p.indexable);
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync(join(dist, host, 'index.html'), 'utf8'))![1]!;
    const searchPages = plan.filter((p) => p.host === host && p.ref.kind === 'search').map((p) => p.path);
    const paths = [
      '/',
      pages.at(-1)!.path,
      ...searchPages,
      css,
      '/pagefind/pagefind.js',
      '/robots.txt',
      '/favicon.ico',
      '/manifest.webmanifest',
    ];
    for (const path of paths) {
      const answer = await get(host, path);
      expect(answer.status, `${host}${path}`).toBe(200);
      const expected = headersFor(rules, path);
      expect(Object.keys(expected).length).toBeGreaterThan(3);
      for (const [name, value] of Object.entries(expected))
        expect(answer.headers[name], `${host}${path} ${name}`).toBe(value);
    }
  });

  it.each([...hosts])('%s: favicon.ico and the manifest are served with their types', async (host) => {
    expect((await get(host, '/favicon.ico')).headers['content-type']).toBe('image/x-icon');
    expect((await get(host, '/manifest.webmanifest')).headers['content-type']).toBe('application/manifest+json');
  });

  it.each([...hosts])('%s: plain HTTP redirects to the same address on HTTPS, on the same host', async (host) => {
    const article = plan.filter((p) => p.host === host && p.indexable).at(-1)!.path;
    for (const path of ['/', `${article}?q=santé`]) {
      const answer = await get(host, encodeURI(path), httpPort);
      expect(answer.status, path).toBe(301);
      expect(answer.headers.location, path).toBe(`https://${host}${encodeURI(path)}`);
    }
  });

  it.each([...hosts])('%s: the home page as nginx serves it grades A+ on the HTTP Observatory scale', async (host) => {
    const home = await get(host, '/');
    const redirect = await get(host, '/', httpPort);
    const graded = observatoryGrade({
      headers: home.headers,
      host,
      html: home.body,
      httpRedirects: [`http://${host}/`, redirect.headers.location!],
    });
    expect(graded.results.filter((r) => r.modifier < 0)).toEqual([]);
    expect(graded.grade, String(graded.score)).toBe('A+');
  });

  it.each([...hosts])('%s: an unknown address gets the 404 page of its language', async (host) => {
    const editions = plan.filter((p) => p.host === host && p.ref.kind === 'notFound');
    for (const notFound of editions) {
      const base = notFound.path.replace(/404\.html$/, '');
      const answer = await get(host, `${base}no-such-page/`);
      expect(answer.status).toBe(404);
      expect(answer.body).toContain(`<html lang="${notFound.lang}"`);
      expect(answer.headers['content-security-policy']).toBeTruthy();
    }
  });

  it.each([...hosts])('%s: redirects as _redirects says', async (host) => {
    const lines = readFileSync(join(dist, host, '_redirects'), 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const [from, to, status] = line.split(' ') as [string, string, string];
      const answer = await get(host, from.replace('*', 'publications/focus/'));
      expect(answer.status, line).toBe(Number(status));
      const target = to.replace(':splat', 'publications/focus/');
      const location = new URL(answer.headers.location!, `http://${host}`);
      if (target.startsWith('https://')) expect(location.href, line).toBe(target);
      else expect(location.pathname, line).toBe(target);
    }
  });
});
