/** Dates and times in Brussels: cached Intl formatters and time-zone arithmetic. */
import { remembered } from '../remembered.ts';

/**
 * Intl formatters, created once per locale and options. Creating one costs far more than
 * formatting with it, and a build formats dates on thousands of pages: at 10,000 pages,
 * formatters made per call took a quarter of the render time.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return remembered(formatters, `${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

// The same few hundred dates appear on thousands of pages: at 21,416 pages, formatting them again
// on every page took the render thread 1.6 s.
const isoDays = new Map<string, string>();
const isoDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' });

/** ISO date (YYYY-MM-DD) of an instant in Brussels time, for <time datetime> and comparing days. */
export function isoDay(date: Date): string {
  return remembered(isoDays, String(date.getTime()), () => isoDayFormat.format(date));
}

/** The instant at which Brussels clocks show the given wall-clock time. */
export function brusselsWallTime(year: number, month: number, dayOfMonth: number, hour = 0, minute = 0): Date {
  const asUtc = Date.UTC(year, month - 1, dayOfMonth, hour, minute);
  const offsetAt = (instant: number) => {
    const parts = dateFormat('en-GB', {
      timeZone: 'Europe/Brussels',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(instant);
    const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - instant;
  };
  const guess = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(guess));
}
