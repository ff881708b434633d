/** Runs `npm run check` in a worker thread (src/content/check/worker.ts) while the build goes on. */
import { Worker } from 'node:worker_threads';

export interface CheckVerdict {
  printed: string[];
  errors: boolean;
  /** Wall and CPU milliseconds of the check in its thread. */
  ms: number;
  cpuMs: number;
}

export function checkAlongside(): Promise<CheckVerdict> {
  return new Promise((resolve, reject) => {
    // The worker sees this process's environment (content folder, registry, build date).
    const worker = new Worker(new URL('../content/check/worker.ts', import.meta.url));
    worker.once('message', (verdict: CheckVerdict) => resolve(verdict));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The content check stopped (exit code ${code})`));
    });
  });
}
