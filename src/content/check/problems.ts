/**
 * What the checker tells an author: the file, the line where it can, the field,
 * what is wrong and how to fix it, in French and in Dutch.
 */
import type { Bilingual } from '../../sites/types.ts';
import type { AuthorMessage } from './messages.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path relative to the project, e.g. content/focus/mental-health/fr.md */
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  message: Bilingual;
  fix: Bilingual;
}

export interface Where {
  line?: number | undefined;
  field?: string | undefined;
}

export function error(file: string, text: AuthorMessage, where: Where = {}): Problem {
  return { severity: 'error', file, ...where, message: text.message, fix: text.fix };
}

export function warning(file: string, text: AuthorMessage, where: Where = {}): Problem {
  return { severity: 'warning', file, ...where, message: text.message, fix: text.fix };
}

export function formatProblem(p: Problem): string {
  const place = `${p.file}${p.line ? `:${p.line}` : ''}`;
  const field = p.field ? `  [${p.field}]` : '';
  const mark = p.severity === 'error' ? 'ERREUR / FOUT' : 'AVERTISSEMENT / WAARSCHUWING';
  return [
    `${mark}  ${place}${field}`,
    `  FR  ${p.message.fr}`,
    `      → ${p.fix.fr}`,
    `  NL  ${p.message.nl}`,
    `      → ${p.fix.nl}`,
  ].join('\n');
}

export function formatSummary(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const fr = `${errors} erreur${errors === 1 ? '' : 's'}, ${warnings} avertissement${warnings === 1 ? '' : 's'}`;
  const nl = `${errors} fout${errors === 1 ? '' : 'en'}, ${warnings} waarschuwing${warnings === 1 ? '' : 'en'}`;
  const verdict =
    errors > 0
      ? 'Rien n’est publié tant que les erreurs ne sont pas corrigées. / Er wordt niets gepubliceerd zolang de fouten niet verbeterd zijn.'
      : 'Le contenu peut être publié. / De inhoud kan gepubliceerd worden.';
  return `${fr} — ${nl}\n${verdict}`;
}

/** Edit distance, for "did you mean" suggestions on misspelt field names. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  const ranked = candidates
    .map((c) => ({ c, d: editDistance(word.toLowerCase(), c.toLowerCase()) }))
    .sort((x, y) => x.d - y.d);
  const best = ranked[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.c : undefined;
}
