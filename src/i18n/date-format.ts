/**
 * Intl formatters, created once per locale and options. Creating one costs far more than
 * formatting with it, and a build formats dates on thousands of pages: at 10,000 pages,
 * formatters made per call took a quarter of the render time.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** ISO date (YYYY-MM-DD) of an instant in Brussels time, for <time datetime> and comparing days. */
export function isoDay(date: Date): string {
  return dateFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(date);
}
