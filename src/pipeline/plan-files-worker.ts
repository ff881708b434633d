/**
 * The sitemaps, deploy files and entry addresses of every host, written in a worker thread from
 * the page plan while the pages render (host-extras.ts). The registry is read here again: the
 * worker sees the build's environment, a test registry included.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PlannedPage } from '../routing/plan.ts';
import { sites } from '../sites/registry.ts';
import { type PlanFilesJob, writePlanFiles } from './host-extras.ts';

const { dir, hosts, planJson } = workerData as PlanFilesJob;
await writePlanFiles(dir, hosts, JSON.parse(planJson) as PlannedPage[], sites);
parentPort!.postMessage(null);
