import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, root, testBuildDate, testBuilds, workDir, type TestBuild } from './support/builds.ts';

/** Runs the real build command, as CI and authors do, once per test build. */
function build(b: TestBuild) {
  // TEST_REUSE_BUILDS=1 skips rebuilding while iterating on tests locally.
  if (process.env.TEST_REUSE_BUILDS === '1' && existsSync(distDir(b))) return;
  const result = spawnSync(
    process.execPath,
    [join(root, 'scripts/build.ts'), '--work', workDir(b), '--dist', distDir(b), ...(b.args ?? [])],
    { cwd: root, env: { ...process.env, BUILD_DATE: testBuildDate, ...b.env }, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`Test build '${b.name}' failed:\n${result.stdout}\n${result.stderr}`);
  }
}

export default function setup() {
  for (const b of Object.values(testBuilds)) build(b);
}
