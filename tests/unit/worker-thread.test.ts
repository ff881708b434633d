import { getPriority } from 'node:os';
import { platform } from 'node:process';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const moduleUrl = new URL('../../src/pipeline/worker-thread.ts', import.meta.url).href;

/** What `lowerThreadPriority(niceness)` gives in a worker thread of this process. */
function lowerInWorker(niceness: number): Promise<number | null> {
  const code = `import(${JSON.stringify(moduleUrl)}).then((m) =>
    require('node:worker_threads').parentPort.postMessage(m.lowerThreadPriority(${niceness})))`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('the build’s helper threads', () => {
  it('lower their own priority, never the render thread’s', async () => {
    const renderThread = getPriority();
    const lowered = await lowerInWorker(10);
    if (platform !== 'linux') {
      // Threads cannot be told apart: the helper keeps the process's priority.
      expect(lowered).toBeNull();
      return;
    }
    expect(lowered).toBe(Math.max(10, renderThread));
    // The thread that asked is lowered; this one, Astro's in a build, is not.
    expect(getPriority()).toBe(renderThread);
  });
});
