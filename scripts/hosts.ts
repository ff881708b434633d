/** npm run hosts [-- --json] — the hosts the registry declares (for CI matrices and scripts). */
import { hosts } from '../src/sites/registry.ts';

console.log(process.argv.includes('--json') ? JSON.stringify(hosts) : hosts.join('\n'));
