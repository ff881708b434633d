/**
 * What each edition's feeds carry. Pure: entries, the page plan and the build's
 * "now" in; feed items and calendar events out.
 */
import { pageOfEntry, type PlannedPage } from '../routing/plan.ts';
import { absoluteUrl } from '../routing/urls.ts';
import type { Language } from '../sites/types.ts';

export interface FeedItem {
  title: string;
  url: string;
  summary: string;
  /** ISO date-time */
  date: string;
  category: string;
}

export interface CalendarEvent {
  uid: string;
  title: string;
  /** YYYY-MM-DD: events are whole days (the sources give dates, not hours). */
  day: string;
  url?: string | undefined;
  location?: string | undefined;
  description?: string | undefined;
}

export interface EditionFeeds {
  host: string;
  basePath: string;
  lang: Language;
  title: string;
  homeUrl: string;
  items: FeedItem[];
  events: CalendarEvent[];
}

export interface Publication {
  collection: string;
  key: string;
  lang: Language;
  title: string;
  summary: string;
  date: Date;
  category: string;
}

export interface DatedEvent {
  id: string;
  /** Sites whose calendars list it. */
  siteIds: string[];
  lang: Language;
  title: string;
  date: Date;
  location?: string | undefined;
  description?: string | undefined;
  /** The page that tells more, as collection and key. */
  about?: { collection: string; key: string; siteId: string } | undefined;
}

const latest = 30;

/** The latest publications shown on a host, newest first, each linked to its page there. */
export function feedItems(
  publications: readonly Publication[],
  plan: readonly PlannedPage[],
  siteId: string,
  lang: Language,
): FeedItem[] {
  return publications
    .filter((p) => p.lang === lang)
    .flatMap((p) => {
      const page = pageOfEntry(plan, p, siteId, lang);
      return page?.indexable
        ? [
            {
              title: p.title,
              url: absoluteUrl(page),
              summary: p.summary,
              date: p.date.toISOString(),
              category: p.category,
            },
          ]
        : [];
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url))
    .slice(0, latest);
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Events of a site from today on (Brussels), in date order. */
export function upcomingEvents(
  events: readonly DatedEvent[],
  plan: readonly PlannedPage[],
  siteId: string,
  lang: Language,
  today: string,
): CalendarEvent[] {
  return events
    .filter((e) => e.lang === lang && e.siteIds.includes(siteId) && day(e.date) >= today)
    .map((e) => {
      const page = e.about && pageOfEntry(plan, e.about, e.about.siteId, lang);
      return {
        uid: e.id,
        title: e.title,
        day: day(e.date),
        url: page ? absoluteUrl(page) : undefined,
        location: e.location,
        description: e.description,
      };
    })
    .sort((a, b) => a.day.localeCompare(b.day) || a.uid.localeCompare(b.uid));
}
