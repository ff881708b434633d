/** Serves every built host on its own localhost port, so pages can be opened as readers get them. */
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serveFolder } from '../../src/serve/static-server.ts';
import { hostFolders } from './dist.ts';

export interface ServedHosts {
  origin(host: string): string;
  close(): void;
}

export async function serveHosts(dist: string, hosts = hostFolders(dist)): Promise<ServedHosts> {
  const servers = new Map<string, { server: Server; origin: string }>();
  for (const host of hosts) servers.set(host, await serveFolder(join(dist, host)));
  return {
    origin: (host) => servers.get(host)!.origin,
    close: () => servers.forEach((s) => s.server.close()),
  };
}
