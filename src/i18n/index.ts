import type { Language } from '../sites/types.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';
import type { UiStrings } from './strings.ts';
import { remembered } from '../remembered.ts';
import { dateFormat, isoDay } from './dates.ts';

export { isoDay };
export type { UiStrings } from './strings.ts';

const dictionaries: Record<Language, UiStrings> = { fr, nl };

export function ui(lang: Language): UiStrings {
  return dictionaries[lang];
}

export function otherLanguage(lang: Language): Language {
  return lang === 'fr' ? 'nl' : 'fr';
}

/** Belgian French and Belgian Dutch, for Intl. */
export function locale(lang: Language): string {
  return lang === 'fr' ? 'fr-BE' : 'nl-BE';
}

/** Dates and months as formatted so far (`remembered`). */
const formatted = new Map<string, string>();

/** Dates are shown in Brussels time, in the reader's language: 14 novembre 2024. */
export function formatDate(date: Date, lang: Language): string {
  return remembered(formatted, `long ${lang} ${date.getTime()}`, () => dayFormat(lang, 'long').format(date));
}

/** A date with the month abbreviated (14 nov. 2024), for table cells read on phones. */
export function formatShortDate(date: Date, lang: Language): string {
  return remembered(formatted, `short ${lang} ${date.getTime()}`, () => dayFormat(lang, 'short').format(date));
}

function dayFormat(lang: Language, month: 'long' | 'short'): Intl.DateTimeFormat {
  return dateFormat(locale(lang), { day: 'numeric', month, year: 'numeric', timeZone: 'Europe/Brussels' });
}

const monthStart = (month: string) => {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, m! - 1, 1));
};
const monthFormat = (lang: Language) => dateFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatMonth(month: string, lang: Language): string {
  return remembered(formatted, `month ${lang} ${month}`, () => monthFormat(lang).format(monthStart(month)));
}

/** A run of months as each language writes it: "novembre – décembre 2026", "november–december 2026". */
export function formatMonthRange(from: string, to: string, lang: Language): string {
  return monthFormat(lang).formatRange(monthStart(from), monthStart(to));
}

/**
 * The first letter in upper case, for a label that starts with a month name. Done here rather
 * than with CSS `capitalize`, which would capitalise every word ("Ce Mois-Ci").
 */
export function upperFirst(text: string, lang: Language): string {
  return text.charAt(0).toLocaleUpperCase(locale(lang)) + text.slice(1);
}

export function formatFileSize(bytes: number, lang: Language): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'];
  return new Intl.NumberFormat(locale(lang), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

export function formatDateTime(date: Date, lang: Language): string {
  return dateFormat(locale(lang), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(date);
}
