/**
 * Renders the feed files in a worker thread (the iCalendar files take seconds at 10,000 pages):
 * the build starts it as soon as Astro has rendered the feed data, before the pages, so the
 * feeds are ready when the pages are.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { feedFiles } from './files.ts';
import type { EditionFeeds } from './items.ts';

const { feedJson, hosts, built } = workerData as { feedJson: string; hosts: string[]; built: string };
parentPort!.postMessage(feedFiles(JSON.parse(feedJson) as EditionFeeds[], hosts, new Date(built)));
