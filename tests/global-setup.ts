import { testBuilds } from './support/builds.ts';
import { runBuild } from './support/run-build.ts';

export default function setup() {
  // TEST_BUILDS=contract,sample makes only the builds the test files being run read.
  const only = process.env.TEST_BUILDS?.split(',');
  for (const b of Object.values(testBuilds)) if (!only || only.includes(b.name)) runBuild(b);
}
