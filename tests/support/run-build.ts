/** Runs the real build command for a test build, as CI and authors do (global setup and the serve tests). */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { entryFile } from '../../src/content/layout.ts';
import { distDir, generatedContentDir, root, testBuildDate, workDir, type TestBuild } from './builds.ts';

/** Writes a build's generated content folder: its base copied, then its extra entries. */
function writeContent(b: TestBuild) {
  if (!b.content) return;
  const dir = generatedContentDir(b.name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(b.content.base, dir, { recursive: true });
  for (const e of b.content.extra) {
    const file = join(dir, entryFile(e.collection, e.key, e.lang, e.ext));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, e.text);
  }
}

export function runBuild(b: TestBuild) {
  // TEST_REUSE_BUILDS=1 skips rebuilding while iterating on tests locally.
  if (process.env.TEST_REUSE_BUILDS === '1' && existsSync(distDir(b))) return;
  writeContent(b);
  const result = spawnSync(
    process.execPath,
    [join(root, 'scripts/build.ts'), '--work', workDir(b), '--dist', distDir(b), ...(b.args ?? [])],
    { cwd: root, env: { ...process.env, BUILD_DATE: testBuildDate, ...b.env }, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`Test build '${b.name}' failed:\n${result.stdout}\n${result.stderr}`);
  }
}
