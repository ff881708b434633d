/** Pure selections over entries that several templates need. */
import type { EntryRef } from './model.ts';
import { preventionMonth } from './model.ts';

/** The month (YYYY-MM) Brussels clocks show at `now`. */
export function brusselsMonth(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit' }).format(now);
}

/** The prevention theme of a month, if one is published for it. */
export function themeOfMonth<E extends EntryRef<{ month: string }>>(themes: readonly E[], month: string): E | undefined {
  return themes.find((t) => t.data.month === month);
}

export function byMonthDescending<E extends EntryRef<{ month: string }>>(themes: readonly E[]): E[] {
  return [...themes].sort((a, b) => b.data.month.localeCompare(a.data.month) || a.key.localeCompare(b.key));
}

export function newestFirst<E>(items: readonly E[], date: (e: E) => Date): E[] {
  return [...items].sort((a, b) => date(b).getTime() - date(a).getTime());
}

export { preventionMonth };
