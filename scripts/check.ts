/**
 * npm run check — validates all of content/ and lists every problem, in French
 * and Dutch. Exits with status 1 when something blocks publication.
 */
import { runCheck } from '../src/content/check/run.ts';

const problems = runCheck();
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
