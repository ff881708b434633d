import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { distDir, testBuilds } from '../support/builds.ts';

/** The Nu Html Checker (vnu.jar from the vnu-jar package) on the machine's Java. */
function validate(dir: string): Array<{ url: string; message: string; extract?: string }> {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error)
    throw new Error(`Java is needed for the HTML checker (apt-get install default-jre-headless): ${run.error.message}`);
  return (JSON.parse(run.stderr || run.stdout).messages ?? []).filter((m: { type: string }) => m.type === 'error');
}

describe('HTML validity (Nu Html Checker)', () => {
  it.each([
    ['every page of every host, sample content', testBuilds.sample],
    ['the authoring components and fixtures', testBuilds.contract],
    ['a month whose theme is not announced yet, a Dutch-only page', testBuilds.later],
  ])('%s: 0 errors', (_, build) => {
    const errors = validate(distDir(build)).map((m) => `${m.url.replace(/^.*\/dist\//, '')}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
