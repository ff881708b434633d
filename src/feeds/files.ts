/** The feed files of each edition (rss.xml, agenda.ics) from the feed data Astro renders. */
import { absoluteUrl, feedLocation } from '../routing/urls.ts';
import type { EditionFeeds } from './items.ts';
import { calendar, rss } from './render.ts';

export interface FeedFile {
  host: string;
  /** Path on the host. */
  path: string;
  text: string;
}

export function feedFiles(feedData: readonly EditionFeeds[], hosts: readonly string[], built: Date): FeedFile[] {
  return feedData
    .filter((f) => hosts.includes(f.host))
    .flatMap((edition) => {
      const rssAt = feedLocation(edition, 'rss');
      return [
        { host: edition.host, path: rssAt.path, text: rss(edition, absoluteUrl(rssAt), built) },
        { host: edition.host, path: feedLocation(edition, 'calendar').path, text: calendar(edition, built) },
      ];
    });
}
