/** Uniqueness: one meeting number per zone, theme and year; one entry per address. */
import { planPages, type ContentIndex } from '../../../routing/plan.ts';
import { siteEditions } from '../../../sites/registry.ts';
import type { CollectionName } from '../../contract.ts';
import { consultationPlace, toEntryRef, type EntryRef } from '../../model.ts';
import { messages } from '../messages.ts';
import { error, type Problem } from '../problems.ts';
import { at, type CheckContext, type SourceFile } from '../source.ts';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export function checkMeetingNumbers(ctx: CheckContext): Problem[] {
  const meetings = groupBy(
    ctx.files.filter((f) => f.collection === 'consultations' && typeof f.data.meeting === 'number'),
    (f) => {
      const { siteId, theme, year } = consultationPlace(f.key);
      return `${siteId}|${theme}|${year}|${f.data.meeting}|${f.lang}`;
    },
  );
  return [...meetings.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((f) =>
        error(
          f.rel,
          messages.duplicateMeeting(
            f.data.meeting as number,
            group.map((g) => g.rel),
          ),
          at(f, 'meeting'),
        ),
      ),
    );
}

/** Two entries may not end up at the same address: the page plan says where each would be. */
export function checkAddresses(ctx: CheckContext): Problem[] {
  const valid = ctx.files.filter((f) => f.valid);
  const refs = (c: CollectionName): EntryRef[] =>
    valid
      .filter((f) => f.collection === c)
      .map((f) => toEntryRef(c, `${f.key}/${f.lang}`, f.parsed as { slug?: string }));
  const index: ContentIndex = {
    focus: refs('focus'),
    prevention: refs('prevention'),
    initiatives: [],
    consultations: refs('consultations'),
    zinnekeIssues: refs('zinnekeIssues'),
    zinnekeArticles: refs('zinnekeArticles'),
    pages: refs('pages'),
  };
  const plan = planPages(index, siteEditions, ctx.now);
  const fileOf = (p: (typeof plan)[number]) =>
    valid.find((f) => f.collection === p.entry?.collection && f.key === p.entry?.key && f.lang === p.lang);
  return [...groupBy(plan, (p) => p.host + p.path)]
    .filter(([, group]) => group.length > 1)
    .flatMap(([url, group]) => {
      const sources = group.map(fileOf).filter((f): f is SourceFile => Boolean(f));
      return sources.map((f) =>
        error(
          f.rel,
          messages.sameAddress(
            url,
            sources.map((s) => s.rel),
          ),
          at(f, 'slug'),
        ),
      );
    });
}
