/** Which axe results fail a browser test: every violation, and "incomplete" results no allowlist entry explains. */
import { describe, expect, it } from 'vitest';
import type { AllowedIncomplete } from '../e2e/axe-allowlist.ts';
import { axeFindings } from '../support/axe.ts';

const node = (target: string, html: string) => ({ target: [target], html }) as never;
const chart: AllowedIncomplete = { rule: 'color-contrast', nodes: /class="chart-label"/, reason: 'reviewed' };

describe('axe findings', () => {
  it('reports violations whatever the allowlist says', () => {
    const { problems } = axeFindings(
      {
        violations: [{ id: 'color-contrast', nodes: [node('.chart', '<text class="chart-label">')] }] as never,
        incomplete: [],
      },
      [chart],
    );
    expect(problems).toEqual(['color-contrast: .chart']);
  });

  it('accepts an incomplete result only on the rule and nodes an entry names, and says which entries served', () => {
    const { problems, used } = axeFindings(
      {
        violations: [],
        incomplete: [
          {
            id: 'color-contrast',
            nodes: [node('text', '<text class="chart-label">Nord</text>'), node('.hero', '<p class="hero">')],
          },
          { id: 'aria-valid-attr-value', nodes: [node('text', '<text class="chart-label">')] },
        ] as never,
      },
      [chart],
    );
    expect(problems).toEqual([
      'color-contrast (incomplete, not in tests/e2e/axe-allowlist.ts): .hero',
      'aria-valid-attr-value (incomplete, not in tests/e2e/axe-allowlist.ts): text',
    ]);
    expect(used).toEqual([chart]);
  });
});
