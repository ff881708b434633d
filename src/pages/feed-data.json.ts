/**
 * Feed contents of every edition, as JSON for the post-build step that writes
 * rss.xml and agenda.ics per host (scripts/build.ts reads it; it is not published).
 */
import type { APIRoute } from 'astro';
import { buildClock } from '../settings.ts';
import { consultationPlace, initiativesPlace } from '../content/model.ts';
import { contentIndex } from '../content/query.ts';
import { issueDate } from '../content/selectors.ts';
import { feedItems, upcomingEvents, type DatedEvent, type EditionFeeds, type Publication } from '../feeds/items.ts';
import { isoDay, ui } from '../i18n/index.ts';
import { pageOfEntry } from '../routing/plan.ts';
import { sitePlan } from '../routing/site-plan.ts';
import { absoluteUrl, locate } from '../routing/urls.ts';
import { region, siteEditions } from '../sites/registry.ts';
import type { Language } from '../sites/types.ts';

export const GET: APIRoute = async () => {
  const content = await contentIndex();
  const plan = await sitePlan();
  const today = isoDay(buildClock().now);
  const issueOf = (key: string, lang: string) =>
    content.zinnekeIssues.find((i) => i.key === key.split('/')[0] && i.lang === lang);

  /** An entry as a feed publication: its title and summary unless said otherwise. */
  const publication = (
    collection: string,
    e: { key: string; lang: Language; data: { title: string; summary?: string | undefined } },
    date: Date,
    category: string,
    title = e.data.title,
  ): Publication => ({ collection, key: e.key, lang: e.lang, title, summary: e.data.summary ?? '', date, category });

  const publications: Publication[] = [
    ...content.focus.map((e) => publication('focus', e, e.data.updated, ui(e.lang).searchTypes.focus)),
    ...content.prevention.map((e) =>
      publication('prevention', e, new Date(`${e.data.month}-01T00:00:00Z`), ui(e.lang).searchTypes.prevention),
    ),
    ...content.consultations.map((e) =>
      publication('consultations', e, e.data.date, ui(e.lang).searchTypes.consultation),
    ),
    ...content.zinnekeIssues.map((e) =>
      publication(
        'zinnekeIssues',
        e,
        issueDate(e.data),
        'Zinneke',
        `Zinneke ${ui(e.lang).issueNumber(e.data.number)} — ${e.data.title}`,
      ),
    ),
    // An article has no date of its own: its last change (`updated`, else its last commit), else its issue's season.
    ...content.zinnekeArticles.flatMap((e) => {
      const issue = issueOf(e.key, e.lang);
      const changed = pageOfEntry(plan, { collection: 'zinnekeArticles', key: e.key }, region.id, e.lang)?.lastModified;
      const date = changed ? new Date(`${changed}T00:00:00Z`) : issue && issueDate(issue.data);
      return issue && date ? [publication('zinnekeArticles', e, date, 'Zinneke')] : [];
    }),
  ];

  const events: DatedEvent[] = [
    ...content.focus.flatMap((e) =>
      e.data.webinar
        ? [
            {
              id: `webinar-${e.key}-${e.lang}@brusano.brussels`,
              siteIds: [region.id],
              lang: e.lang,
              title: `${ui(e.lang).webinar} — ${e.data.title}`,
              date: e.data.webinar.date,
              about: { collection: 'focus', key: e.key, siteId: region.id },
            },
          ]
        : [],
    ),
    ...content.initiatives.flatMap((e) => {
      const { themeKey, siteId } = initiativesPlace(e.key);
      return e.data.initiatives.flatMap((item, index) =>
        item.date
          ? [
              {
                id: `initiative-${themeKey}-${siteId}-${index + 1}-${e.lang}@brusano.brussels`,
                siteIds: [siteId, region.id],
                lang: e.lang,
                title: item.title,
                date: item.date,
                location: item.place,
                description: item.organiser,
                about: { collection: 'prevention', key: themeKey, siteId },
              },
            ]
          : [],
      );
    }),
    ...content.consultations.map((e) => {
      const { siteId } = consultationPlace(e.key);
      return {
        id: `consultation-${e.key.replaceAll('/', '-')}-${e.lang}@brusano.brussels`,
        siteIds: [siteId],
        lang: e.lang,
        title: e.data.title,
        date: e.data.date,
        description: e.data.summary,
        about: { collection: 'consultations', key: e.key, siteId },
      };
    }),
  ];

  const feeds: EditionFeeds[] = siteEditions.map((edition) => ({
    host: edition.host,
    basePath: edition.basePath,
    lang: edition.lang,
    title: edition.site.name[edition.lang],
    homeUrl: absoluteUrl(locate(edition, { kind: 'home' })),
    items: feedItems(publications, plan, edition.site.id, edition.lang),
    events: upcomingEvents(events, plan, edition.site.id, edition.lang, today),
  }));
  return new Response(JSON.stringify(feeds));
};
