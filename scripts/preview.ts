/**
 * npm run preview -- <host> [--port 4321]
 * Serves one built host from dist/ at http://127.0.0.1:<port>/, as its web host would.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveFolder } from '../src/serve/static-server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '4321' }, dist: { type: 'string', default: 'dist' } },
});
const host = positionals[0] ?? 'brusano.brussels';
const folder = join(values.dist, host);
if (!existsSync(folder)) {
  console.error(`No build for ${host} in ${values.dist}/. Run: npm run build -- --host ${host}`);
  process.exit(1);
}
const { origin } = await serveFolder(folder, Number(values.port));
console.log(`${host} is served at ${origin}/ (Ctrl+C to stop)`);
