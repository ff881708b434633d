/** Runs `npm run check` in a worker thread (src/content/check/worker.ts) while the build goes on. */
import { inWorkerThread } from './worker-thread.ts';

export interface CheckVerdict {
  printed: string[];
  errors: boolean;
  /** Wall and CPU milliseconds of the check in its thread. */
  ms: number;
  cpuMs: number;
}

export function checkAlongside(): Promise<CheckVerdict> {
  return inWorkerThread(new URL('../content/check/worker.ts', import.meta.url), 'The content check');
}
