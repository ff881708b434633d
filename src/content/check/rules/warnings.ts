/** Warnings: what does not block publication but the team should know (translations, reviews, the calendar). */
import { join } from 'node:path';
import { brusselsWallTime, isoDay } from '../../../i18n/dates.ts';
import { siteEditions, zones } from '../../../sites/registry.ts';
import { languages, type Language } from '../../../sites/types.ts';
import { driftIndex } from '../../drift/drift.ts';
import { collectionFolder, entryFile } from '../../layout.ts';
import { initiativesKey, toEntryRef } from '../../model.ts';
import { brusselsMonth, calendarYears } from '../../selectors.ts';
import { messages } from '../messages.ts';
import { warning, type Problem } from '../problems.ts';
import { at, type CheckContext, type SourceFile } from '../source.ts';

const otherLanguage = (lang: Language): Language => (lang === 'fr' ? 'nl' : 'fr');
const fileName = (path: string) => path.split('/').at(-1)!;

/**
 * Every translated entry exists in both languages, and neither is outdated: changed in the other
 * language since it last changed, by the content's git history (see drift/drift.ts).
 */
export function checkTranslations(ctx: CheckContext): Problem[] {
  const groups = new Map<string, SourceFile[]>();
  for (const f of ctx.files.filter((f) => f.collection !== 'initiatives')) {
    const id = `${f.collection}|${f.key}`;
    groups.set(id, [...(groups.get(id) ?? []), f]);
  }
  const drift = ctx.history ? driftIndex(ctx.history) : () => ({ outdated: null });
  return [...groups.values()].flatMap((group): Problem[] => {
    const [a, b] = group as [SourceFile, SourceFile | undefined];
    if (!b) {
      const missing = otherLanguage(a.lang);
      return [warning(a.rel, messages.translationMissing(missing, fileName(entryFile(a.collection, a.key, missing))))];
    }
    const byLang = { [a.lang]: a, [b.lang]: b } as Record<Language, SourceFile>;
    const state = drift({ fr: byLang.fr.abs, nl: byLang.nl.abs });
    if (!state.outdated) return [];
    const [outdated, source] = [byLang[state.outdated], byLang[otherLanguage(state.outdated)]];
    return [
      warning(outdated.rel, messages.translationOutdated(fileName(source.rel), isoDay(state.since), state.changes)),
    ];
  });
}

/** The files whose review date (`field`) is missing or more than a year old. */
function reviewOverdue(ctx: CheckContext, files: SourceFile[], field: string): SourceFile[] {
  const yearAgo = new Date(ctx.now.getTime() - 365 * 86_400_000);
  return files.filter((f) => {
    const reviewed = f.data[field];
    return !(reviewed instanceof Date) || reviewed < yearAgo;
  });
}

/** A Focus's directory of services is reviewed at least yearly. */
export function checkServiceReviews(ctx: CheckContext): Problem[] {
  const withServices = ctx.files.filter((f) => f.collection === 'focus' && Array.isArray(f.data.services));
  return reviewOverdue(ctx, withServices, 'servicesReviewed').map((f) =>
    warning(f.rel, messages.servicesNotReviewed(), at(f, 'servicesReviewed')),
  );
}

/** A site page that says when it was reviewed (the accessibility statement) is reviewed at least yearly. */
export function checkPageReviews(ctx: CheckContext): Problem[] {
  const dated = ctx.files.filter((f) => f.collection === 'pages' && f.data.reviewed !== undefined);
  return reviewOverdue(ctx, dated, 'reviewed').map((f) => warning(f.rel, messages.pageNotReviewed(), at(f, 'reviewed')));
}

/** Every month from the first theme to the end of this year has a theme; this month's has each zone's initiatives. */
export function checkPreventionCalendar(ctx: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const themes = ctx.files.filter((f) => f.collection === 'prevention' && typeof f.data.month === 'string');
  const currentMonth = brusselsMonth(ctx.now);
  const preventionFolder = ctx.rel(join(ctx.root, collectionFolder('prevention')));
  if (themes.length) {
    const months = themes.map((t) => t.data.month as string).sort();
    const refs = themes.map((t) =>
      toEntryRef('prevention', `${t.key}/${t.lang}`, t.data as { month: string; slug?: string }),
    );
    const calendar = calendarYears(refs, currentMonth).flatMap((year) =>
      Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`),
    );
    // From the first theme to the end of the current year: earlier months predate the programme.
    const expected = calendar.filter((month) => month >= months[0]! && month <= `${currentMonth.slice(0, 4)}-12`);
    for (const lang of languages) {
      const empty = expected.filter((month) => !themes.some((t) => t.lang === lang && t.data.month === month));
      if (!empty.length) continue;
      const file = entryFile('prevention', '<month-key>', lang);
      const folder = `content/${file.split('/').slice(0, -1).join('/')}/`;
      problems.push(warning(preventionFolder, messages.monthsWithoutTheme(lang, empty, folder, fileName(file))));
    }
  }
  for (const lang of languages) {
    const theme = themes.find((t) => t.lang === lang && t.data.month === currentMonth);
    if (!theme) continue;
    for (const zone of zones) {
      const key = initiativesKey(theme.key, zone.id);
      if (!ctx.files.some((f) => f.collection === 'initiatives' && f.lang === lang && f.key === key)) {
        const file = `content/${entryFile('initiatives', key, lang)}`;
        problems.push(warning(theme.rel, messages.zoneWithoutInitiatives(zone.name, file)));
      }
    }
  }
  return problems;
}

/**
 * A month ahead: next month has a published theme in each language, else every site of that
 * language would open the month with no theme of the month. Drafts and themes scheduled after
 * the 1st do not count.
 */
export function checkNextMonthTheme(ctx: CheckContext): Problem[] {
  const [year, month] = brusselsMonth(ctx.now).split('-').map(Number) as [number, number];
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  const firstDay = brusselsWallTime(Number(next.slice(0, 4)), Number(next.slice(5, 7)), 1);
  const preventionFolder = ctx.rel(join(ctx.root, collectionFolder('prevention')));
  const ready = (f: SourceFile) => {
    const publishAt = f.parsed?.publishAt;
    return f.data.draft !== true && !(publishAt instanceof Date && publishAt > firstDay);
  };
  return languages.flatMap((lang) => {
    const themes = ctx.files.filter((f) => f.collection === 'prevention' && f.lang === lang && f.data.month === next);
    if (themes.some(ready)) return [];
    const sites = siteEditions.filter((e) => e.lang === lang).map((e) => `${e.host}${e.basePath.slice(0, -1)}`);
    const file = entryFile('prevention', '<month-key>', lang);
    const folder = `content/${file.split('/').slice(0, -1).join('/')}/`;
    return [warning(preventionFolder, messages.nextMonthWithoutTheme(next, lang, sites, folder, fileName(file)))];
  });
}
