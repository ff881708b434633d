/**
 * Deletes the folders earlier builds replaced in dist/ (assemble.ts, `emptyDiscarded`): Node's
 * synchronous `rm` walks the tree in C++, and blocks only this thread.
 */
import { rmSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

rmSync(workerData as string, { recursive: true, force: true });
parentPort!.postMessage(null);
