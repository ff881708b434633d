/**
 * npm run dev [-- --port 4321]
 * Live preview of every host at http://<host>.localhost:<port>/, drafts and scheduled entries
 * included (with the preview banner); a saved markdown file shows in the open page.
 */
import { parseArgs } from 'node:util';
import { settingVariables } from '../src/settings.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' } } });
process.env[settingVariables.devPort] = values.port;
process.env[settingVariables.preview] = '1';
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// Imported once the settings are in place: the registry and the URL resolver read them.
const { dev } = await import('astro');
const { region } = await import('../src/sites/registry.ts');
await dev({ root: process.cwd(), server: { port: Number(values.port) } });
console.log(
  `\nEvery host at http://<host>.localhost:${values.port}/, e.g. http://${region.editions.fr.host}.localhost:${values.port}/`,
);
