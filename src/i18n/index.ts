import type { Language } from '../sites/types.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';
import type { UiStrings } from './strings.ts';

export type { UiStrings } from './strings.ts';

const dictionaries: Record<Language, UiStrings> = { fr, nl };

export function ui(lang: Language): UiStrings {
  return dictionaries[lang];
}

export function otherLanguage(lang: Language): Language {
  return lang === 'fr' ? 'nl' : 'fr';
}

/** Dates are shown in Brussels time, in the reader's language. */
export function formatDate(date: Date, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-BE' : 'nl-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  }).format(date);
}

/** ISO date (YYYY-MM-DD) of an instant in Brussels time, for <time datetime> and sorting by day. */
export function isoDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(date);
}

export function formatMonth(month: string, lang: Language): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-BE' : 'nl-BE', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year!, m! - 1, 1)));
}

export function formatFileSize(bytes: number, lang: Language): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'];
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-BE' : 'nl-BE', {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

export function formatDateTime(date: Date, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-BE' : 'nl-BE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(date);
}
