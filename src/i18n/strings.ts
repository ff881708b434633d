/**
 * Every UI string the templates print. Each language file implements this
 * interface, so a key missing in French or Dutch fails type-checking.
 */
import type { ConsultationTheme, Rubric, Season } from '../content/contract.ts';
import type { Language } from '../sites/types.ts';

export interface UiStrings {
  /** URL words of this language: translated where the words differ. */
  paths: {
    focus: string;
    prevention: string;
    consultations: string;
    zinneke: string;
    search: string;
    consultationThemes: Record<ConsultationTheme, string>;
  };
  homeLead: { region: string; zone: string };
  skipToContent: string;
  mainNavigation: string;
  home: string;
  languageSwitcher: string;
  /** Label of the link to the other language, written in that language. */
  otherLanguageName: string;
  /** The same link where the page has no translation and the link leads to the other home, in that language. */
  otherLanguageHome: string;
  /** Both languages' names as written inside a sentence of this language. */
  languageNames: Record<Language, string>;
  /** Shown (in both languages) when a page has no counterpart: "this page does not exist in <language>". */
  notTranslatedInto: (language: string) => string;
  /** Link from that notice to the section index of the same collection. */
  sectionLink: (section: string) => string;
  /** Link from that notice when the page belongs to no section. */
  toHomePage: string;
  collections: {
    focus: string;
    prevention: string;
    consultations: string;
    zinneke: string;
  };
  focusIntro: string;
  preventionIntro: string;
  consultationsIntro: string;
  consultationsRegionIntro: string;
  zinnekeIntro: string;
  consultationThemes: Record<ConsultationTheme, string>;
  rubrics: Record<Rubric, string>;
  seasons: Record<Season, string>;
  helpdesk: string;
  helpdeskLead: string;
  phone: string;
  email: string;
  antenna: string;
  openDays: string;
  zonesOfRegion: string;
  regionLink: string;
  sitePages: string;
  updatedOn: (date: string) => string;
  /** Under a site page's title: the day its content was last checked (the accessibility statement's assessment). */
  reviewedOn: (date: string) => string;
  edition: (year: number) => string;
  meeting: (n: number) => string;
  participants: (n: number) => string;
  webinar: string;
  registrations: (n: number) => string;
  localInitiatives: string;
  initiativesOfZone: (zone: string) => string;
  noInitiatives: string;
  issueNumber: (n: number) => string;
  latest: string;
  watchRecording: string;
  meetingColumn: string;
  participantsColumn: string;
  rubric: string;
  issue: string;
  articlesOfIssue: string;
  downloadPdf: string;
  loadVideo: string;
  videoPrivacyNotice: string;
  watchOnPlatform: string;
  tableOfContents: string;
  serviceDirectory: string;
  serviceOffer: string;
  serviceAudience: string;
  serviceContact: string;
  serviceAddress: string;
  serviceWebsite: string;
  relatedPrevention: string;
  relatedZinneke: string;
  step: string;
  downloadPdfWithSize: string;
  noWebinarRecording: string;
  servicesReviewedOn: string;
  related: string;
  calendarYears: string;
  thisMonth: string;
  past: string;
  preventionCalendarOf: (year: number) => string;
  participantsOf: (theme: string) => string;
  meetingShort: (n: number, year: number) => string;
  previousArticle: string;
  nextArticle: string;
  readingTime: (minutes: number) => string;
  calloutInfo: string;
  calloutWarning: string;
  previewDraft: string;
  previewExpired: string;
  previewScheduled: (when: string) => string;
  /** The index page of a pull request's preview site, which lists every host. */
  previewSiteTitle: string;
  previewSiteLead: string;
  /** The page the web editor's preview links open (src/editor/preview-links.ts). */
  entryAddressTitle: string;
  entryAddressOpening: string;
  entryAddressMissing: string;
  entryAddressNeedsScript: string;
  entryAddressHome: string;
  searchTypes: Record<'focus' | 'prevention' | 'consultation' | 'zinneke' | 'page', string>;
  searchFilters: Record<'type' | 'theme' | 'zone' | 'year', string>;
  search: string;
  searchLabel: string;
  searchButton: string;
  searchScopeLabel: string;
  searchThisSite: string;
  searchAllSites: string;
  searchSortLabel: string;
  searchSortRelevance: string;
  searchSortDate: string;
  searchAll: string;
  searchNoScript: string;
  searchNoResults: string;
  searchFiltersLegend: string;
  searchTyping: string;
  searchLoading: string;
  searchResultCount: (n: number) => string;
  /** Heading of the other sites' results shown beneath a site's few. */
  searchWiderHeading: { region: string; zone: string };
  searchWiderCount: (n: number) => string;
  /** Button offering the same words in the other language (`language` as named in this one). */
  searchInOtherLanguage: (term: string, language: string) => string;
  searchOtherLanguageHeading: (language: string) => string;
  searchOtherLanguageCount: (n: number, language: string) => string;
  calendarFeed: string;
  /** A run of calendar months without a theme, from the current month on (`months`: "novembre – décembre 2026"). */
  calendarUpcomingGap: (months: string, count: number) => string;
  /** A run of past calendar months that had no theme. */
  calendarPastGap: (months: string, count: number) => string;
  /** On a home whose month has no theme yet: the latest published theme, with its month. */
  latestTheme: (month: string) => string;
  themeNotYetAnnouncedFor: (month: string) => string;
  seePreventionCalendar: string;
  themeOfTheMonth: string;
  notFoundTitle: string;
  notFoundBody: string;
  backHome: string;
  readMore: string;
  zone: string;
  date: string;
  footerTagline: string;
}
