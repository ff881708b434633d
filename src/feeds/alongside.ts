/** Runs src/feeds/worker.ts: the feed files, rendered on another thread while the pages render. */
import { Worker } from 'node:worker_threads';
import type { FeedFile } from './files.ts';

export function feedFilesAlongside(feedJson: string, hosts: readonly string[], built: Date): Promise<FeedFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), {
      workerData: { feedJson, hosts: [...hosts], built: built.toISOString() },
    });
    worker.once('message', (files: FeedFile[]) => resolve(files));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The feeds' thread stopped (exit code ${code})`));
    });
  });
}
