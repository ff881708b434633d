/**
 * The builds the output and browser tests read. Each runs once per test run,
 * in a child process with its own environment and folders.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const fixtures = join(root, 'tests/fixtures');

/** Fixed so "the current month" and scheduled entries are the same on every run. */
export const testBuildDate = '2025-10-15T10:00:00+02:00';

export interface TestBuild {
  name: string;
  env: Record<string, string>;
  /** Extra arguments to the build command. */
  args?: string[];
}

export const testBuilds = {
  /** The real sample content and registry. */
  sample: { name: 'sample', env: {} },
  /** The same commit and build date again: the output must be byte-identical. */
  sampleAgain: { name: 'sample-again', env: {} },
  /** A preview of one host, as `npm run build -- --host` makes it. */
  oneHost: {
    name: 'one-host',
    env: { BRUSANO_CONTENT_DIR: join(fixtures, 'content-minimal') },
    args: ['--host', 'bassin-sud.brussels'],
  },
  /** One entry per collection, to pin the content contract's URLs. */
  contract: { name: 'contract', env: { BRUSANO_CONTENT_DIR: join(fixtures, 'content-minimal') } },
  /** The registry plus a seventh zone. */
  extraZone: {
    name: 'extra-zone',
    env: {
      BRUSANO_CONTENT_DIR: join(fixtures, 'content-minimal'),
      BRUSANO_SITES: join(fixtures, 'registry-extra-zone/sites.json'),
    },
  },
  /** Scheduled, expired and draft entries: a production build… */
  scheduled: { name: 'scheduled', env: { BRUSANO_CONTENT_DIR: join(fixtures, 'content-scheduled') } },
  /** …and a preview build of the same content. */
  scheduledPreview: {
    name: 'scheduled-preview',
    env: { BRUSANO_CONTENT_DIR: join(fixtures, 'content-scheduled'), BRUSANO_PREVIEW: '1' },
  },
} satisfies Record<string, TestBuild>;

export function workDir(build: TestBuild): string {
  return join(root, '.build/test', build.name);
}

export function distDir(build: TestBuild): string {
  return join(workDir(build), 'dist');
}

/** The page plan a test build wrote beside its output. */
export function pagePlan(build: TestBuild): import('../../src/routing/plan.ts').PlannedPage[] {
  return JSON.parse(readFileSync(join(workDir(build), 'page-plan.json'), 'utf8'));
}
