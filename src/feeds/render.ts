/** RSS 2.0 with `feed`, iCalendar with `ical-generator`: no hand-written XML or ICS. */
import { Feed } from 'feed';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { EditionFeeds } from './items.ts';

export function rss(feeds: EditionFeeds, selfUrl: string, built: Date): string {
  const feed = new Feed({
    id: feeds.homeUrl,
    title: feeds.title,
    link: feeds.homeUrl,
    language: feeds.lang,
    feedLinks: { rss: selfUrl },
    // The newest item's date, so a rebuild without new content gives the same file.
    updated: feeds.items[0] ? new Date(feeds.items[0].date) : built,
    copyright: 'Brusano',
    generator: 'brusano-sites',
  });
  for (const item of feeds.items) {
    feed.addItem({
      title: item.title,
      id: item.url,
      link: item.url,
      description: item.summary,
      date: new Date(item.date),
      category: [{ name: item.category }],
    });
  }
  return feed.rss2();
}

export function calendar(feeds: EditionFeeds, built: Date): string {
  const cal = ical({
    name: feeds.title,
    prodId: { company: 'Brusano', product: 'brusano-sites', language: feeds.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    timezone: 'Europe/Brussels',
  });
  for (const e of feeds.events) {
    const [y, m, d] = e.day.split('-').map(Number) as [number, number, number];
    cal.createEvent({
      id: e.uid,
      summary: e.title,
      allDay: true,
      start: new Date(Date.UTC(y, m - 1, d)),
      // The build date, so the file only changes when the build date or the events do.
      stamp: built,
      ...(e.url && { url: e.url }),
      ...(e.location && { location: e.location }),
      ...(e.description && { description: e.description }),
    });
  }
  return cal.toString();
}
