/**
 * Runs a module in a worker thread, which sees this process's environment (content folder,
 * registry, build date), and resolves with the one message it posts. The build uses it for the
 * work that can run on the core Astro's render thread leaves: the check, the feeds, the files
 * made from the page plan, deleting the builds dist/ replaced.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Lowers the priority of the calling thread only, not the process's (Linux schedules threads
 * one by one: /proc/thread-self names this one). Returns the thread's niceness, or null where
 * threads cannot be told apart (not Linux) and it keeps the process's.
 */
export function lowerThreadPriority(niceness: number): number | null {
  let thread: number;
  try {
    thread = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
  } catch {
    return null;
  }
  setPriority(thread, Math.max(niceness, getPriority(thread)));
  return getPriority(thread);
}

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
