/** Runs the checker on the project's content and prints what authors need to read. */
import { buildClock, contentRoot } from '../../settings.ts';
import { checkContent } from './check-content.ts';
import { readHistory } from '../drift/history.ts';
import { historyGapNotes } from './messages.ts';
import { formatProblem, formatSummary, type Problem } from './problems.ts';

export function runCheck(options: { root?: string; print?: (text: string) => void; warnings?: boolean } = {}): Problem[] {
  const root = options.root ?? contentRoot();
  const print = options.print ?? ((text: string) => console.log(text));
  // Drift only makes warnings: a run that hides them (the build's) skips reading the history.
  const history = options.warnings === false ? { commits: [] } : readHistory(root);
  const problems = checkContent({ root, now: buildClock().now, history: 'commits' in history ? history.commits : null });
  const shown = options.warnings === false ? problems.filter((p) => p.severity === 'error') : problems;
  for (const p of shown) print(`${formatProblem(p)}\n`);
  if ('gap' in history) print(`${historyGapNotes[history.gap].fr}\n${historyGapNotes[history.gap].nl}\n`);
  print(formatSummary(problems));
  return problems;
}
