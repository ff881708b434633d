import { describe, expect, it } from 'vitest';
import { feedItems, upcomingEvents, type DatedEvent, type Publication } from '../../src/feeds/items.ts';
import type { PlannedPage } from '../../src/routing/plan.ts';

const page = (
  siteId: string,
  lang: 'fr' | 'nl',
  host: string,
  path: string,
  collection: string,
  key: string,
): PlannedPage =>
  ({
    siteId,
    lang,
    host,
    path,
    ref: { kind: 'page', slug: 'x' },
    entry: { collection, key, id: `${key}/${lang}` },
    counterpart: null,
    indexable: true,
  }) as PlannedPage;

const plan = [
  page('south', 'fr', 'bassin-sud.brussels', '/prevention/cancer/', 'prevention', '2025-03-c'),
  page('south', 'nl', 'zorgzone-zuid.brussels', '/preventie/kanker/', 'prevention', '2025-03-c'),
  page('region', 'fr', 'brusano.brussels', '/publications/focus/x/', 'focus', 'x'),
];
const publications: Publication[] = [
  {
    collection: 'prevention',
    key: '2025-03-c',
    lang: 'fr',
    title: 'Cancer',
    summary: 's',
    date: new Date('2025-03-01'),
    category: 'Prévention',
  },
  {
    collection: 'prevention',
    key: '2025-03-c',
    lang: 'nl',
    title: 'Kanker',
    summary: 's',
    date: new Date('2025-03-01'),
    category: 'Preventie',
  },
  {
    collection: 'focus',
    key: 'x',
    lang: 'fr',
    title: 'Focus X',
    summary: 's',
    date: new Date('2025-05-01'),
    category: 'Focus',
  },
];

describe('feeds', () => {
  it("lists a host's own publications in its language, newest first", () => {
    expect(feedItems(publications, plan, 'south', 'fr').map((i) => i.title)).toEqual(['Cancer']);
    expect(feedItems(publications, plan, 'south', 'nl').map((i) => i.url)).toEqual([
      'https://zorgzone-zuid.brussels/preventie/kanker/',
    ]);
    expect(feedItems(publications, plan, 'region', 'fr').map((i) => i.title)).toEqual(['Focus X']);
  });

  it('keeps upcoming events only, in date order, linked to their page', () => {
    const events: DatedEvent[] = [
      {
        id: 'b',
        siteIds: ['south', 'region'],
        lang: 'fr',
        title: 'Later',
        date: new Date('2025-03-20'),
        about: { collection: 'prevention', key: '2025-03-c', siteId: 'south' },
      },
      { id: 'a', siteIds: ['south'], lang: 'fr', title: 'Sooner', date: new Date('2025-03-12') },
      { id: 'c', siteIds: ['south'], lang: 'fr', title: 'Past', date: new Date('2025-02-01') },
    ];
    const upcoming = upcomingEvents(events, plan, 'south', 'fr', '2025-03-01');
    expect(upcoming.map((e) => e.title)).toEqual(['Sooner', 'Later']);
    expect(upcoming[1]!.url).toBe('https://bassin-sud.brussels/prevention/cancer/');
    expect(upcomingEvents(events, plan, 'region', 'fr', '2025-03-01').map((e) => e.title)).toEqual(['Later']);
  });
});
