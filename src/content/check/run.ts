/** Runs the checker on the project's content and prints what authors need to read. */
import { buildClock, contentRoot } from '../../settings.ts';
import { checkContent } from './check-content.ts';
import { gitLastChanged } from './git-dates.ts';
import { formatProblem, formatSummary, type Problem } from './problems.ts';

export function runCheck(options: { root?: string; print?: (text: string) => void; warnings?: boolean } = {}): Problem[] {
  const root = options.root ?? contentRoot();
  const print = options.print ?? ((text: string) => console.log(text));
  const problems = checkContent({ root, now: buildClock().now, lastChanged: gitLastChanged(process.cwd(), root) });
  const shown = options.warnings === false ? problems.filter((p) => p.severity === 'error') : problems;
  for (const p of shown) print(`${formatProblem(p)}\n`);
  print(formatSummary(problems));
  return problems;
}
