/**
 * Writes the pages the render thread hands over in batches (page-writer.ts), one after another,
 * each with its cross-references resolved once the page plan has come (cross-references.ts).
 * Synchronous calls on purpose: this thread does nothing else, and each file costs two system
 * calls instead of a round trip through the thread pool.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { PlannedPage } from '../routing/plan.ts';
import { pageReferences, resolvedPage, type PageReferences } from './cross-references.ts';
import type { PageFile, WriterMessage, WriterReport } from './page-writer.ts';

const port = parentPort!;
let references: PageReferences | undefined;
// Batches with pages to resolve that came before the plan (Astro renders it first; in case).
const waiting: PageFile[][] = [];

function write(batch: PageFile[]): void {
  let report: WriterReport;
  let current = '';
  try {
    for (const { file, bytes, route } of batch) {
      current = file;
      const html = new Uint8Array(bytes);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, route !== null && references ? resolvedPage(html, route, references) : html);
    }
    report = { written: batch.map((file) => file.host) };
  } catch (error) {
    report = { failed: `${current}: ${error instanceof Error ? error.message : String(error)}` };
  }
  port.postMessage(report);
}

port.on('message', (message: WriterMessage) => {
  if (!Array.isArray(message)) {
    references = pageReferences(JSON.parse(message.plan) as PlannedPage[]);
    for (const batch of waiting.splice(0)) write(batch);
  } else if (!references && message.some((file) => file.route !== null)) {
    waiting.push(message);
  } else {
    write(message);
  }
});
