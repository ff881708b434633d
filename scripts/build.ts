/**
 * npm run build [-- --host <host> …] [-- --preview]
 * Builds every host into dist/<host>/ (or only the hosts named).
 */
import { parseArgs } from 'node:util';
import { buildAll, ContentError } from '../src/pipeline/pipeline.ts';
import { requestedHosts, wantsJsonReport } from '../src/settings.ts';

const { values } = parseArgs({
  options: {
    host: { type: 'string', multiple: true },
    preview: { type: 'boolean', default: false },
    dist: { type: 'string' },
    work: { type: 'string' },
  },
});
const only = values.host ?? requestedHosts() ?? undefined;

const started = performance.now();
try {
  const report = await buildAll({
    root: process.cwd(),
    dist: values.dist,
    work: values.work,
    only,
    preview: values.preview,
  });
  const count = Object.keys(report.hosts).length;
  console.log(`Built ${count} host${count > 1 ? 's' : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  if (wantsJsonReport()) console.log(`REPORT ${JSON.stringify(report)}`);
} catch (error) {
  // Content errors were already listed for the author; anything else is for developers, with its stack.
  console.error(error instanceof ContentError ? error.message : error);
  process.exitCode = 1;
}
