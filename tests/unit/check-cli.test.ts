/**
 * `npm run check` as authors run it, on cases of the malformed-content corpus, one per kind of
 * problem (a Node process each is slow; tests/unit/malformed-content.test.ts runs every case in
 * process, and an error there is what makes the command exit with 1): it exits with status 1 and
 * prints the expected messages in French and Dutch, with the file and line, and never a stack
 * trace, even for an MDX file that the build's compiler cannot read.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../support/builds.ts';
import { caseContent, malformedCases } from '../support/malformed.ts';

function runCheck(content: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'scripts/check.ts')], {
      cwd: root,
      env: { ...process.env, BRUSANO_CONTENT_DIR: content, BUILD_DATE: '2025-03-15' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs tasks a few at a time: each check is a Node process of its own. */
async function inBatches<T, R>(items: readonly T[], size: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(task))));
  return results;
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(join(dir, '..'), { recursive: true, force: true })));

/** One case per rule group: dates, source text, front matter, MDX, raw HTML, links. */
const sample = [
  'date-february-30',
  'not-utf8',
  'frontmatter-not-closed',
  'mdx-unclosed-component',
  'html-script',
  'link-javascript',
];

describe('npm run check on the malformed-content corpus', () => {
  it('exits non-zero, printing the messages of the case and no stack trace', { timeout: 180_000 }, async () => {
    const cases = malformedCases().filter((c) => sample.includes(c.name));
    expect(cases).toHaveLength(sample.length);
    const runs = await inBatches(cases, 3, async (c) => {
      const content = caseContent(c.name);
      made.push(content);
      return { c, ...(await runCheck(content)) };
    });
    for (const { c, status, stdout, stderr } of runs) {
      const context = `${c.name}:\n${stdout}\n${stderr}`;
      expect(status, context).toBe(1);
      expect(`${stdout}${stderr}`, context).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      for (const want of c.errors) {
        // Printed paths are relative to the project; the file's path within content/ ends them.
        const place = `content/${want.file}${want.line ? `:${want.line}` : ''}`;
        expect(stdout, context).toContain(place);
        expect(stdout, context).toContain(want.fr);
        expect(stdout, context).toContain(want.nl);
      }
      expect(stdout, context).toContain('Rien n’est publié tant que les erreurs ne sont pas corrigées.');
    }
  });
});
