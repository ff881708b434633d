/**
 * The malformed-content corpus: each folder of tests/fixtures/malformed holds files laid over
 * the minimal fixture, and expected.json says what `npm run check` must tell the author about
 * them: the file, the line, the field, and words of the message or its fix, in French and Dutch.
 * Nothing else may be reported as an error: one mistake, the messages of that mistake.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check/check-content.ts';
import { formatProblem } from '../../src/content/check/problems.ts';
import { caseContent, malformedCases } from '../support/malformed.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(join(dir, '..'), { recursive: true, force: true })));

const cases = malformedCases();

describe('the malformed-content corpus', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const root = caseContent(c.name);
    made.push(root);
    const errors = checkContent({ root, base: root, now: new Date('2025-03-15T10:00:00Z') }).filter(
      (p) => p.severity === 'error',
    );
    const shown = errors.map(formatProblem).join('\n\n');
    expect(errors, `${c.description}\n\n${shown}`).toHaveLength(c.errors.length);
    for (const want of c.errors) {
      const found = errors.find(
        (p) =>
          p.file === want.file &&
          (want.line === undefined || p.line === want.line) &&
          (want.field === undefined || p.field === want.field) &&
          `${p.message.fr} ${p.fix.fr}`.includes(want.fr) &&
          `${p.message.nl} ${p.fix.nl}`.includes(want.nl),
      );
      expect(found, `${c.description}: expected ${JSON.stringify(want)} among\n\n${shown}`).toBeDefined();
    }
  });
});
