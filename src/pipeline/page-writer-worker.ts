/**
 * Writes the pages the render thread hands over in batches (page-writer.ts), one after another. Synchronous
 * calls on purpose: this thread does nothing else, and each file costs two system calls instead
 * of a round trip through the thread pool.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { PageFile, WriterReport } from './page-writer.ts';

const port = parentPort!;
port.on('message', (batch: PageFile[]) => {
  let report: WriterReport;
  let current = '';
  try {
    for (const { file, bytes } of batch) {
      current = file;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, new Uint8Array(bytes));
    }
    report = { written: batch.map((file) => file.host) };
  } catch (error) {
    report = { failed: `${current}: ${error instanceof Error ? error.message : String(error)}` };
  }
  port.postMessage(report);
});
