/** Runs src/feeds/worker.ts: the feed files, rendered on another thread while the pages render. */
import { inWorkerThread } from '../pipeline/worker-thread.ts';
import type { FeedFile } from './files.ts';

export function feedFilesAlongside(feedJson: string, hosts: readonly string[], built: Date): Promise<FeedFile[]> {
  return inWorkerThread(new URL('./worker.ts', import.meta.url), "The feeds' thread", {
    feedJson,
    hosts: [...hosts],
    built: built.toISOString(),
  });
}
