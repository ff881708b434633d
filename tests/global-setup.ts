import { testBuilds } from './support/builds.ts';
import { runBuild } from './support/run-build.ts';

export default function setup() {
  for (const b of Object.values(testBuilds)) runBuild(b);
}
