/** Fields: each file against its collection's schema, and the folder names the fields must agree with. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { sites, zones } from '../../../sites/registry.ts';
import { reservedSegments } from '../../../routing/urls.ts';
import { consultationThemes, monthPattern, schemas } from '../../contract.ts';
import { entryFile } from '../../layout.ts';
import { initiativesKey, initiativesPlace } from '../../model.ts';
import { describeIssue } from '../field-messages.ts';
import { messages, type AuthorMessage } from '../messages.ts';
import { error, type Problem, type Where } from '../problems.ts';
import { at, type CheckContext, type SourceFile } from '../source.ts';

/** In the checker, an image is a path beside the entry (Astro's image() is build-only). */
const validators = schemas(z.string().min(1));

/** Validates a file's frontmatter; records whether it is valid and the parsed values. */
export function checkSchema(f: SourceFile): Problem[] {
  const schema = validators[f.collection];
  const result = schema.safeParse(f.data, { reportInput: true });
  if (result.success) {
    f.parsed = result.data as Record<string, unknown>;
    return [];
  }
  f.valid = false;
  return result.error.issues.flatMap((issue) =>
    describeIssue(issue, schema, f.data).map((m) => {
      const top = m.field.split(/[.[]/)[0]!;
      const leaf = m.field
        .split(/[.[\]]/)
        .filter(Boolean)
        .at(-1)!;
      const { fieldLines, keyLines } = f.positions();
      return error(f.rel, m, {
        field: m.field,
        line: fieldLines.get(m.field) ?? keyLines.get(leaf) ?? keyLines.get(top) ?? 1,
      });
    }),
  );
}

/** Themes come from content/themes.yml; folder names carry meaning and must agree with the fields. */
export function checkFolderAgreement(f: SourceFile, ctx: CheckContext): Problem[] {
  const d = f.data;
  const problems: Problem[] = [];
  const fail = (text: AuthorMessage, where: Where = {}) => problems.push(error(f.rel, text, where));

  // A folder name that is also a field (for the web editor) must say the same as the field.
  for (const [field, folderPart] of Object.entries(f.parts)) {
    const value = f.parsed?.[field];
    if (value !== undefined && String(value) !== folderPart) {
      fail(messages.fieldDiffersFromFolder(field, String(value), folderPart), at(f, field));
    }
  }
  if (typeof d.theme === 'string' && ctx.themeKeys.length && !ctx.themeKeys.includes(d.theme)) {
    fail(messages.unknownTheme(d.theme, ctx.themeKeys), at(f, 'theme'));
  }
  switch (f.collection) {
    case 'prevention': {
      const month = f.key.slice(0, 7);
      if (!/^\d{4}-\d{2}-[a-z0-9][a-z0-9-]*$/.test(f.key) || !monthPattern.test(month)) {
        fail(messages.preventionFolderWithoutMonth(f.key));
      } else if (typeof d.month === 'string' && d.month !== month) {
        fail(messages.monthDiffersFromFolder(d.month, month), at(f, 'month'));
      }
      break;
    }
    case 'consultations': {
      const { zone = '', topic = '', year = '', meeting = '' } = f.parts;
      if (!zones.some((z) => z.id === zone)) {
        fail(
          messages.unknownZoneFolder(
            zone,
            zones.map((z) => z.id),
          ),
        );
      }
      if (!(consultationThemes as readonly string[]).includes(topic)) {
        fail(messages.unknownConsultationTheme(topic, consultationThemes));
      }
      if (!/^\d{4}$/.test(year) || !/^\d+$/.test(meeting)) {
        fail(messages.meetingFolderMalformed(`${year}-${meeting}`));
      } else if (d.date instanceof Date && d.date.getUTCFullYear() !== Number(year)) {
        fail(messages.dateOutsideFolderYear(year), at(f, 'date'));
      }
      break;
    }
    case 'zinnekeIssues':
      if (!/^\d{2}$/.test(f.key)) fail(messages.issueFolderMalformed(f.key));
      else if (typeof d.number === 'number' && d.number !== Number(f.key)) {
        fail(messages.issueNumberDiffersFromFolder(d.number, f.key), at(f, 'number'));
      }
      break;
    case 'pages': {
      const scope = f.parts.scope!;
      if (scope !== 'all' && !sites.some((s) => s.id === scope)) {
        fail(
          messages.unknownSiteFolder(
            scope,
            sites.map((s) => s.id),
          ),
        );
      }
      const slug = typeof d.slug === 'string' ? d.slug : f.key.split('/').at(-1)!;
      if (reservedSegments(f.lang).includes(slug)) fail(messages.reservedSlug(slug), at(f, 'slug'));
      break;
    }
    case 'initiatives': {
      const { themeKey, siteId } = initiativesPlace(f.key);
      if (!zones.some((z) => z.id === siteId)) {
        const fileName = (zone: string) => entryFile('initiatives', initiativesKey(themeKey, zone), f.lang).split('/').at(-1)!;
        fail(messages.initiativesOfUnknownZone(siteId, zones.map((z) => fileName(z.id))));
      }
      if (!entryExists(ctx.root, 'prevention', themeKey, f.lang)) {
        fail(messages.initiativesWithoutTheme(themeKey, f.lang, `content/${entryFile('prevention', themeKey, f.lang)}`));
      }
      break;
    }
    case 'zinnekeArticles': {
      const issueKey = f.parts.issue!;
      if (!entryExists(ctx.root, 'zinnekeIssues', issueKey, f.lang)) {
        const issueFile = entryFile('zinnekeIssues', issueKey, f.lang);
        fail(messages.articleWithoutIssue(issueKey, issueFile.split('/').at(-1)!, `content/${issueFile}`));
      }
      break;
    }
  }
  return problems;
}

/** Whether an entry has a file in a language, in any of its collection's formats. */
function entryExists(root: string, collection: 'prevention' | 'zinnekeIssues', key: string, lang: 'fr' | 'nl') {
  return ['md', 'mdx'].some((ext) => existsSync(join(root, entryFile(collection, key, lang, ext))));
}
