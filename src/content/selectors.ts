/** Pure selections over entries that several templates need. */
import { isoDay } from '../i18n/dates.ts';
import { remembered } from '../remembered.ts';
import type { EntryRef } from './model.ts';
import { preventionMonth } from './model.ts';

/** The month (YYYY-MM) Brussels clocks show at `now`. */
export function brusselsMonth(now: Date): string {
  return isoDay(now).slice(0, 7);
}

/**
 * Per list of themes, worked out once: calendar pages ask for every month and every year of the
 * same list (`entriesIn`), and a scan per question grows with the content. Lists are never
 * changed once made (they are read-only), so a list is its own cache key.
 */
const monthIndexes = new WeakMap<readonly EntryRef<{ month: string }>[], Map<string, EntryRef<{ month: string }>>>();
const themeYears = new WeakMap<readonly EntryRef<{ month: string }>[], number[]>();

/** The prevention theme of a month, if one is published for it (the first one, if several are). */
export function themeOfMonth<E extends EntryRef<{ month: string }>>(themes: readonly E[], month: string): E | undefined {
  const index = remembered(monthIndexes, themes, () => {
    const byMonth = new Map<string, EntryRef<{ month: string }>>();
    for (const theme of themes) if (!byMonth.has(theme.data.month)) byMonth.set(theme.data.month, theme);
    return byMonth;
  });
  return index.get(month) as E | undefined;
}

/** Years that have at least one theme, ascending. */
function yearsWithThemes(themes: readonly EntryRef<{ month: string }>[]): number[] {
  return remembered(themeYears, themes, () =>
    [...new Set(themes.map((t) => Number(t.data.month.slice(0, 4))))].sort((a, b) => a - b),
  );
}

export function byMonthDescending<E extends EntryRef<{ month: string }>>(themes: readonly E[]): E[] {
  return [...themes].sort((a, b) => b.data.month.localeCompare(a.data.month) || a.key.localeCompare(b.key));
}

export function newestFirst<E>(items: readonly E[], date: (e: E) => Date): E[] {
  return [...items].sort((a, b) => date(b).getTime() - date(a).getTime());
}

export { preventionMonth };

/** Focus brochures by theme (themes in label order), newest edition first within a theme. */
export function groupFocusByTheme<E extends EntryRef<{ theme: string; edition: number; title: string }>>(
  focus: readonly E[],
  label: (theme: string) => string,
  lang: string,
): Array<{ theme: string; label: string; items: E[] }> {
  const themes = [...new Set(focus.map((f) => f.data.theme))];
  return themes
    .map((theme) => ({
      theme,
      label: label(theme),
      items: focus
        .filter((f) => f.data.theme === theme)
        .sort((a, b) => b.data.edition - a.data.edition || a.data.title.localeCompare(b.data.title, lang)),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

export interface CalendarMonth<E> {
  /** YYYY-MM */
  month: string;
  theme: E | undefined;
  current: boolean;
}

/** The twelve months of a year with their theme (if any); `currentMonth` is marked. */
export function calendarYear<E extends EntryRef<{ month: string }>>(
  themes: readonly E[],
  year: number,
  currentMonth: string,
): CalendarMonth<E>[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    return { month, theme: themeOfMonth(themes, month), current: month === currentMonth };
  });
}

/** One line of a calendar: a month with its theme, or a run of months without one. */
export type CalendarRow<E> =
  | ({ kind: 'theme'; theme: E } & Omit<CalendarMonth<E>, 'theme'>)
  | {
      kind: 'gap';
      /** First and last month of the run (YYYY-MM). */
      from: string;
      to: string;
      count: number;
      /** From the current month on: not announced yet, rather than a month that had none. */
      upcoming: boolean;
    };

/**
 * A year's calendar as readers see it: each month with a theme on its own, consecutive months
 * without one as a single line (twelve empty boxes say less than "not announced yet"). A run is
 * split at the current month, so past gaps and upcoming months read differently.
 */
export function calendarRows<E extends EntryRef<{ month: string }>>(
  themes: readonly E[],
  year: number,
  currentMonth: string,
): CalendarRow<E>[] {
  const rows: CalendarRow<E>[] = [];
  for (const m of calendarYear(themes, year, currentMonth)) {
    if (m.theme) {
      rows.push({ kind: 'theme', month: m.month, theme: m.theme, current: m.current });
      continue;
    }
    const upcoming = m.month >= currentMonth;
    const last = rows.at(-1);
    if (last?.kind === 'gap' && last.upcoming === upcoming) {
      last.to = m.month;
      last.count++;
    } else rows.push({ kind: 'gap', from: m.month, to: m.month, count: 1, upcoming });
  }
  return rows;
}

/** Years that have at least one theme, plus the current one, ascending. */
export function calendarYears(themes: ReadonlyArray<EntryRef<{ month: string }>>, currentMonth: string): number[] {
  const years = yearsWithThemes(themes);
  const current = Number(currentMonth.slice(0, 4));
  return years.includes(current) ? [...years] : [...years, current].sort((a, b) => a - b);
}

/**
 * The year the calendar opens on: the latest year up to the current one that has themes (a new
 * year with nothing announced yet would open on an empty page), else the first year with themes.
 */
export function calendarOpeningYear(themes: ReadonlyArray<EntryRef<{ month: string }>>, currentMonth: string): number {
  const current = Number(currentMonth.slice(0, 4));
  const years = yearsWithThemes(themes);
  return years.filter((y) => y <= current).at(-1) ?? years[0] ?? current;
}

/** The most recent theme published for `month` or before it, for a home page whose month has none yet. */
export function latestThemeUpTo<E extends EntryRef<{ month: string }>>(themes: readonly E[], month: string): E | undefined {
  return byMonthDescending(themes.filter((t) => t.data.month <= month))[0];
}

/** Articles of a Zinneke issue in reading order: fixed rubric order, then `order`, then title. */
export function issueReadingOrder<E extends EntryRef<{ rubric: string; order?: number | undefined; title: string }>>(
  articles: readonly E[],
  rubricOrder: readonly string[],
  lang: string,
): E[] {
  return [...articles].sort(
    (a, b) =>
      rubricOrder.indexOf(a.data.rubric) - rubricOrder.indexOf(b.data.rubric) ||
      (a.data.order ?? 0) - (b.data.order ?? 0) ||
      a.data.title.localeCompare(b.data.title, lang),
  );
}

/** Minutes an average reader needs (about 200 words a minute), at least one. */
export function readingMinutes(markdown: string): number {
  const words = markdown
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>|[#>*_`|[\]()-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / 200));
}

/** Dated initiatives first, by date; undated ones keep the author's order. Past means before today in Brussels. */
export function sortInitiatives<I extends { date?: Date | undefined }>(items: readonly I[], now: Date): Array<{ item: I; past: boolean }> {
  const today = isoDay(now);
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.date?.getTime() ?? Infinity) - (b.item.date?.getTime() ?? Infinity) || a.index - b.index)
    .map(({ item }) => ({ item, past: item.date !== undefined && item.date.toISOString().slice(0, 10) < today }));
}

/** A Zinneke issue's nominal date: 1 March for spring, 1 September for autumn (for sorting and feeds). */
export function issueDate(issue: { season: 'spring' | 'autumn'; year: number }): Date {
  return new Date(Date.UTC(issue.year, issue.season === 'spring' ? 2 : 8, 1));
}

/**
 * What a Focus page lists as related: the prevention themes and Zinneke articles of its theme,
 * and those its `related` field names (`prevention:<key>`, `zinneke:<issue>/<article>`).
 * Themes newest first; articles in the order given.
 */
export function relatedToFocus<P extends EntryRef<{ month: string; theme?: string | undefined }>, A extends EntryRef<{ theme?: string | undefined }>>(
  focus: { theme: string; related?: readonly string[] | undefined },
  prevention: readonly P[],
  articles: readonly A[],
): { prevention: P[]; articles: A[] } {
  const listed = new Set(focus.related ?? []);
  return {
    prevention: byMonthDescending(prevention.filter((p) => p.data.theme === focus.theme || listed.has(`prevention:${p.key}`))),
    articles: articles.filter((a) => a.data.theme === focus.theme || listed.has(`zinneke:${a.key}`)),
  };
}
