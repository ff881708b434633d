/** When each content file last changed in git (one git call for the whole folder). */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export function gitLastChanged(repo: string, folder: string): (file: string) => Date | undefined {
  const dates = new Map<string, Date>();
  try {
    const log = execFileSync('git', ['log', '--format=%x00%ct', '--name-only', '--', folder], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const commit of log.split('\0').filter(Boolean)) {
      const [time, ...paths] = commit.split('\n').filter(Boolean);
      for (const path of paths) {
        const abs = resolve(repo, path);
        if (!dates.has(abs)) dates.set(abs, new Date(Number(time) * 1000));
      }
    }
  } catch {
    // Not a git checkout: only `updated` fields are compared.
  }
  return (file) => dates.get(resolve(file));
}
