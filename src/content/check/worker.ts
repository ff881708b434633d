/**
 * The content check in a worker thread: the build starts Astro (Vite, content sync, bundling)
 * meanwhile, on the other core, and waits for the verdict before the first page renders.
 * Sends what the check printed, whether it found errors, and its time.
 */
import { parentPort } from 'node:worker_threads';
import { lowerThreadPriority } from '../../pipeline/worker-thread.ts';
import { runCheck } from './run.ts';

// Astro's start (Vite, content sync) runs on one thread and needs the verdict only before the
// first page: the check yields that thread its core, and takes the other, which Astro's start
// leaves idle for seconds. Interleaved builds at 21,416 pages: about 1 s less at niceness 10;
// at 19 no better (docs/performance.md).
lowerThreadPriority(10);
const started = performance.now();
const printed: string[] = [];
const problems = runCheck({ print: (text) => printed.push(text), warnings: false });
// This thread's CPU time: process.cpuUsage() would count the whole process.
const used = process.threadCpuUsage();
parentPort!.postMessage({
  printed,
  errors: problems.some((p) => p.severity === 'error'),
  ms: Math.round(performance.now() - started),
  cpuMs: Math.round((used.user + used.system) / 1000),
});
