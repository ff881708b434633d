/**
 * Runs a module in a worker thread, which sees this process's environment (content folder,
 * registry, build date), and resolves with the one message it posts. The build uses it for the
 * work that can run on the core Astro's render thread leaves: the check, the feeds, the files
 * made from the page plan, deleting the builds dist/ replaced.
 */
import { Worker } from 'node:worker_threads';

export function inWorkerThread<T>(module: URL, what: string, workerData?: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(module, { workerData });
    worker.once('message', (result: T) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${what} stopped (exit code ${code})`));
    });
  });
}
