import { afterEach, describe, expect, it, vi } from 'vitest';
import { devRoute, localHost } from '../../src/serve/dev-hosts.ts';
import { devPort } from '../../src/settings.ts';
import { hosts } from '../../src/sites/registry.ts';

const saved = process.env.BRUSANO_DEV_PORT;
afterEach(() => {
  if (saved === undefined) delete process.env.BRUSANO_DEV_PORT;
  else process.env.BRUSANO_DEV_PORT = saved;
});

describe('npm run dev: every host at <host>.localhost', () => {
  it('knows the host of a request by its Host header, any port', () => {
    expect(localHost('bassin-sud.brussels.localhost:4321', hosts)).toBe('bassin-sud.brussels');
    expect(localHost('Brusano.Brussels.localhost', hosts)).toBe('brusano.brussels');
    expect(localHost('localhost:4321', hosts)).toBeNull();
    expect(localHost('example.localhost:4321', hosts)).toBeNull();
    expect(localHost(undefined, hosts)).toBeNull();
  });

  it('sends pages to the host’s route and leaves the dev server’s own files alone', () => {
    const header = 'zorgzone-zuid.brussels.localhost:4321';
    expect(devRoute(header, '/', hosts)).toBe('/zorgzone-zuid.brussels/');
    expect(devRoute(header, '/focus/x/?q=1', hosts)).toBe('/zorgzone-zuid.brussels/focus/x/?q=1');
    for (const own of [
      '/@vite/client',
      '/src/styles/index.css',
      '/_astro/a.js',
      '/node_modules/.vite/x.js',
      '/_image?href=x',
    ]) {
      expect(devRoute(header, own, hosts)).toBeNull();
    }
    expect(devRoute('localhost:4321', '/focus/', hosts)).toBeNull();
  });

  it('gives the dev server’s origins to links across hosts under npm run dev only', async () => {
    // The URL resolver reads the port as it loads, as under npm run dev (scripts/dev.ts).
    const resolverWith = async (port: string | undefined) => {
      if (port === undefined) delete process.env.BRUSANO_DEV_PORT;
      else process.env.BRUSANO_DEV_PORT = port;
      vi.resetModules();
      return import('../../src/routing/urls.ts');
    };
    const built = await resolverWith(undefined);
    expect(built.absoluteUrl({ host: 'bassin-sud.brussels', path: '/x/' })).toBe('https://bassin-sud.brussels/x/');
    const dev = await resolverWith('4321');
    expect(dev.origin('zorgzone-zuid.brussels')).toBe('http://zorgzone-zuid.brussels.localhost:4321');
    expect(dev.absoluteUrl({ host: 'brusano.brussels', path: '/nl/' })).toBe(
      'http://brusano.brussels.localhost:4321/nl/',
    );
  });

  it('says which port setting is wrong', () => {
    expect(() => devPort({ BRUSANO_DEV_PORT: 'abc' })).toThrow("BRUSANO_DEV_PORT='abc'");
    expect(devPort({})).toBeNull();
  });
});
