/** A throwaway git repository whose commits a test scripts, one day apart. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ContentCommit } from '../../src/content/drift/drift.ts';

export interface ScriptedRepo {
  root: string;
  /** Writes the files (relative paths) and commits them with the message; returns the commit id. */
  commit(files: Record<string, string>, message?: string): string;
  git(...args: string[]): string;
  cleanup(): void;
}

export function scriptedRepo(): ScriptedRepo {
  const root = mkdtempSync(join(tmpdir(), 'repo-'));
  let day = 0;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: `2026-01-${String(day).padStart(2, '0')}T12:00:00Z`,
        GIT_COMMITTER_DATE: `2026-01-${String(day).padStart(2, '0')}T12:00:00Z`,
      },
    }).trim();
  git('init', '-q', '-b', 'main');
  return {
    root,
    git,
    commit(files, message = 'Change') {
      day++;
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      git('add', '-A');
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** One commit of a content history, as `readHistory` gives it: an ordinary change of `files`. */
export const contentCommit = (id: string, day: string, files: string[]): ContentCommit => ({
  id,
  time: new Date(day),
  retranslate: true,
  files,
  confirmed: [],
});
