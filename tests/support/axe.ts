/** axe-core in the browser tests: the WCAG 2.2 A/AA rules, violations and unexplained "incomplete" results. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { axeAllowlist, type AllowedIncomplete } from '../e2e/axe-allowlist.ts';

/** Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe tests. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

export interface AxeFindings {
  /** Violations, and incomplete results no allowlist entry explains, as `rule: node`. */
  problems: string[];
  /** The allowlist entries that explained something. */
  used: AllowedIncomplete[];
}

export function axeFindings(
  results: Pick<AxeResults, 'violations' | 'incomplete'>,
  allowlist: readonly AllowedIncomplete[],
): AxeFindings {
  const used = new Set<AllowedIncomplete>();
  const problems = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  for (const result of results.incomplete) {
    for (const node of result.nodes) {
      const entry = allowlist.find((a) => a.rule === result.id && a.nodes.test(node.html));
      if (entry) used.add(entry);
      else problems.push(`${result.id} (incomplete, not in tests/e2e/axe-allowlist.ts): ${node.target.join(' ')}`);
    }
  }
  return { problems, used: [...used] };
}

/** Allowlist entries that explained something during this test file's run. */
export const usedAllowlistEntries = new Set<AllowedIncomplete>();

/** Runs axe on the page as it is now; returns what fails WCAG 2.2 A/AA or needs an unexplained review. */
export async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const { problems, used } = axeFindings(results, axeAllowlist);
  used.forEach((entry) => usedAllowlistEntries.add(entry));
  return problems;
}
