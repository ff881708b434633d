/**
 * The commits that changed a content folder, read from git in two calls: every commit with its
 * files and its `Retranslate` trailer, then the files where a commit changed `translationChecked`.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { retranslateTrailer, translationCheckedField, type ContentCommit } from './drift.ts';

function git(folder: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: folder,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** `--relative` (run inside the folder) names files relative to it, whatever the repository's root. */
function commitsWithFiles(folder: string, format: string, extra: string[] = []): Array<[string, string[]]> {
  const log = git(folder, ['log', '--date-order', '--reverse', '--no-renames', '--relative', '--name-only', `--format=%x00${format}%x00`, ...extra, '--', '.']);
  const parts = log.split('\0');
  const commits: Array<[string, string[]]> = [];
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const files = parts[i + 1]!.split('\n').filter(Boolean).map((f) => resolve(folder, f));
    commits.push([parts[i]!, files]);
  }
  return commits;
}

/** Why a content folder's history cannot tell translation drift. */
export type HistoryGap = 'no-git' | 'shallow';

/**
 * The history a content folder's translations are judged by, or why there is none: outside a git
 * checkout, or in a shallow clone (CI's default: its one commit would show every entry in step).
 */
export function readHistory(folder: string): { commits: ContentCommit[] } | { gap: HistoryGap } {
  let shallow: boolean;
  try {
    shallow = git(folder, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
  } catch {
    return { gap: 'no-git' };
  }
  if (shallow) return { gap: 'shallow' };
  const commits = contentHistory(folder);
  return commits ? { commits } : { gap: 'no-git' };
}

/** Oldest first; null when the folder is not in a git checkout (or git is missing). */
export function contentHistory(folder: string): ContentCommit[] | null {
  try {
    const field = `%(trailers:key=${retranslateTrailer.key},valueonly,separator=%x2C)`;
    const all = commitsWithFiles(folder, `%H%x1f%ct%x1f${field}`);
    const confirmations = new Map(
      commitsWithFiles(folder, '%H', [`-G^${translationCheckedField}:`]).map(([id, files]) => [id, files]),
    );
    return all.map(([head, files]) => {
      const [id, time, trailer] = head.split('\x1f') as [string, string, string];
      const values = trailer.split(',').map((v) => v.trim().toLowerCase());
      return {
        id,
        time: new Date(Number(time) * 1000),
        retranslate: !values.includes(retranslateTrailer.no),
        files,
        confirmed: confirmations.get(id) ?? [],
      };
    });
  } catch {
    return null;
  }
}

/**
 * Files a branch changes since it left `base` (`git diff base...HEAD`), relative to the repository
 * (the project); empty when git cannot tell (no such ref, no checkout).
 */
export function changedSince(base: string, folder = process.cwd()): string[] {
  try {
    return git(folder, ['diff', '--name-only', '--no-renames', `${base}...HEAD`]).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}
