/** The Nu Html Checker (vnu.jar from the vnu-jar package) on the machine's Java. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

export interface NuMessage {
  url: string;
  message: string;
  extract?: string;
}

/** The errors the checker finds in every HTML file of a folder. */
export function validateHtml(dir: string): NuMessage[] {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error)
    throw new Error(`Java is needed for the HTML checker (apt-get install default-jre-headless): ${run.error.message}`);
  return (JSON.parse(run.stderr || run.stdout).messages ?? []).filter((m: { type: string }) => m.type === 'error');
}
