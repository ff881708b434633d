/**
 * The content contract: the folders, files and frontmatter fields the
 * communication team writes. Astro's collections (src/content.config.ts) and the
 * author-facing checker (`npm run check`) both build on these definitions.
 */
import { z } from 'astro/zod';
import { brusselsWallTime } from '../i18n/dates.ts';
import { languages, type Language } from '../sites/types.ts';

export const consultationThemes = ['mental-health', 'prevention', 'hospital-ambulatory', 'crisis'] as const;
export type ConsultationTheme = (typeof consultationThemes)[number];

/** Zinneke's fixed rubrics, in the order an issue prints them. */
export const rubrics = ['state-of-play', 'on-the-move', 'decoding', 'tools', 'testimonies'] as const;
export type Rubric = (typeof rubrics)[number];

export const seasons = ['spring', 'autumn'] as const;
export type Season = (typeof seasons)[number];

export type CollectionName =
  | 'focus'
  | 'prevention'
  | 'initiatives'
  | 'consultations'
  | 'zinnekeIssues'
  | 'zinnekeArticles'
  | 'pages';

export interface CollectionSpec {
  /**
   * Where an entry's files sit under `content/`: the folder, then the translation key's parts as
   * `<name>` (shared by the French and Dutch files), then `<lang>`. Classification, Astro's loaders,
   * file names in messages, the scaffolder and the web editor's paths all derive from it
   * (src/content/layout.ts). A part named like a field of the schema (`<topic>`, `<year>`,
   * `<meeting>`, `<prevention>`, `<issue>`, `<article>`) is also written in the file, so that the
   * web editor can place a new entry from what the author chose; the checker keeps the two in
   * agreement. `<zone>` and `<scope>` name a site (the web editor has one collection per site);
   * any other part is the entry's own folder name, whose shape `folderPartPatterns` gives.
   */
  path: string;
  /** File types an entry may be written in. */
  extensions: readonly ('md' | 'mdx')[];
  /** Entries whose text (below the frontmatter) may be empty. */
  optionalText?: true;
}

const markdownOrMdx = ['md', 'mdx'] as const;

/**
 * One folder per entry with `index.fr.md` and `index.nl.md` (the layout the web editor, Sveltia
 * CMS, writes natively); a zone's local initiatives are one file per language beside the theme.
 */
export const collectionSpecs: Record<CollectionName, CollectionSpec> = {
  focus: { path: 'focus/<key>/index.<lang>', extensions: markdownOrMdx },
  prevention: { path: 'prevention/<prevention>/index.<lang>', extensions: markdownOrMdx },
  initiatives: { path: 'prevention/<prevention>/zones/<zone>.<lang>', extensions: ['md'], optionalText: true },
  consultations: {
    path: 'consultations/<zone>/<topic>/<year>-<meeting>/index.<lang>',
    extensions: markdownOrMdx,
  },
  zinnekeIssues: { path: 'zinneke/<issue>/index.<lang>', extensions: markdownOrMdx },
  zinnekeArticles: { path: 'zinneke/<issue>/<article>/index.<lang>', extensions: markdownOrMdx },
  pages: { path: 'pages/<scope>/<key>/index.<lang>', extensions: markdownOrMdx },
};

/** Where an entry file sits: its translation key (folder path) and language. */
export interface EntryAddress {
  key: string;
  lang: Language;
}

/** Entry ids are `<key>/<lang>` (see entryIdOf in layout.ts). */
export function parseEntryId(id: string): EntryAddress {
  const match = /^(.*)\/(fr|nl)$/.exec(id);
  if (!match) throw new Error(`Entry id '${id}' does not end in a language (fr or nl)`);
  return { key: match[1]!, lang: match[2] as Language };
}

/**
 * Theme keys and their labels live in content (`content/themes.yml`), so a new
 * theme needs no code change; entries may only use keys listed there. The file is a
 * list of `{ key, fr, nl }`, in the order the web editor shows them.
 */
export const themesFile = 'themes.yml';

// ---- Field types -----------------------------------------------------------

/**
 * What a field means beyond its type, for the web editor (src/editor) and readers of this file:
 * `shared` fields hold one value for both languages (the editor asks once and writes it in both
 * files); `kind` names what the value is when a string or date does not say enough.
 */
export interface FieldMeta {
  shared?: true;
  kind?: 'day' | 'dateTime' | 'paragraph' | 'image' | 'file' | 'theme' | 'reference';
  /** For a `reference`: the collection whose entry folder the value names. */
  collection?: CollectionName;
}

/** Attaches a field's meaning (read back with `fieldMeta`). */
function described<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta({ ...meta }) as T;
}

/** The same value in both languages. */
const shared = <T extends z.ZodType>(schema: T): T => described(schema, { shared: true });

/** A field's meaning, through `.optional()` and other wrappers. */
export function fieldMeta(schema: z.ZodType): FieldMeta {
  let current: z.ZodType | undefined = schema;
  let meta: FieldMeta = {};
  while (current) {
    meta = { ...((current.meta() as FieldMeta | undefined) ?? {}), ...meta };
    const def = current.def as { type: string; innerType?: z.ZodType };
    current = def.type === 'optional' || def.type === 'default' ? def.innerType : undefined;
  }
  return meta;
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(slugPattern, {
  message: 'lowercase letters, digits and single hyphens only (for example: sante-mentale)',
});
const text = z.string().trim().min(1);
/** One or two sentences, shown in lists, search results and search engines. */
export const summaryMaxLength = 320;
const summary = described(
  text.max(summaryMaxLength, { message: 'at most 320 characters (it is shown in lists and search results)' }),
  { kind: 'paragraph' },
);

/** Whether a year, month and day name a day of the calendar (no 30 February, no month 13). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar day. YAML reads 2025-01-26 as a Date; a quoted string is accepted too. A day that
 * does not exist (2025-02-30, 2025-13-45) is refused, never rolled over to another date: the
 * checker's YAML reader keeps such a value as written (see check/rules/source-text.ts), and
 * `z.iso.date()` accepts only real days of the calendar.
 */
export const day = described(
  z.union([
    z.date(),
    z.iso
      .date()
      .refine((s) => isCalendarDay(...(s.split('-').map(Number) as [number, number, number])))
      .transform((s) => new Date(`${s}T00:00:00Z`)),
  ]),
  { kind: 'day' },
);

/**
 * A moment in Brussels time. Authors write `2025-03-01 09:00` (quoted or not);
 * YAML reads an unquoted one as UTC, so both forms are taken as Brussels wall-clock time.
 * An impossible day or time (30 February, 25:00) is refused.
 */
export const brusselsDateTime = described(
  z.union([z.date(), z.string()]).transform((value, ctx) => {
    const wall =
      value instanceof Date
        ? [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), value.getUTCHours(), value.getUTCMinutes()]
        : /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/.exec(value)?.slice(1).map((n) => Number(n ?? 0));
    if (
      !wall ||
      wall.some(Number.isNaN) ||
      !isCalendarDay(wall[0]!, wall[1]!, wall[2]!) ||
      (wall[3] ?? 0) > 23 ||
      (wall[4] ?? 0) > 59
    ) {
      ctx.addIssue({ code: 'custom', message: 'a date and time like 2025-03-01 09:00' });
      return z.NEVER;
    }
    return brusselsWallTime(wall[0]!, wall[1]!, wall[2]!, wall[3] ?? 0, wall[4] ?? 0);
  }),
  { kind: 'dateTime' },
);

export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A prevention theme's folder: its month, then a short name (2025-03-colorectal-cancer). */
export const preventionKeyPattern = /^\d{4}-(0[1-9]|1[0-2])-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A Zinneke issue's folder: its two-digit number. */
export const issueKeyPattern = /^\d{2}$/;

/**
 * The shape of an entry's own folder name, by its part name in `collectionSpecs` paths (the
 * parts that are not fields or sites): what the web editor asks when a new entry is created.
 */
export const folderPartPatterns: Record<string, RegExp> = {
  key: slugPattern,
  prevention: preventionKeyPattern,
  issue: issueKeyPattern,
};

const month = z.string().regex(monthPattern, { message: 'a month like 2025-03 (year-month)' });
const year = z.number().int().min(2000).max(2100);
/** Web and e-mail addresses only: a `javascript:` or `data:` address would run code or smuggle a page. */
const url = z.url({ protocol: /^(https?|mailto)$/, message: 'a full web address starting with https://' });
const themeKeyText = z.string().regex(slugPattern, { message: 'a short theme key like mental-health' });
/** A theme of the list, by its key. */
const themeKey = described(themeKeyText, { kind: 'theme' });
/** A file beside the entry (a PDF), by its name. */
const attachment = described(z.string(), { kind: 'file' });

/** An explicit link from a Focus to a prevention theme or a Zinneke article, by folder key. */
export const relatedPattern = /^(prevention:[a-z0-9][a-z0-9-]*|zinneke:[a-z0-9-]+\/[a-z0-9][a-z0-9-]*)$/;
const related = z.string().regex(relatedPattern, {
  message: 'a prevention theme or Zinneke article, like prevention:2025-07-hydration or zinneke:01/territorialisation',
});

/** What names an entry, in each language. */
const naming = { title: text, summary, slug: slug.optional() };

/** When an entry is published, in each language; `updated` also tells how far a translation lags. */
const publication = {
  updated: day.optional(),
  draft: z.boolean().optional(),
  publishAt: brusselsDateTime.optional(),
  unpublishAt: brusselsDateTime.optional(),
  /** The day a translator checked this file against the other language: nothing to change (see drift/drift.ts). */
  translationChecked: day.optional(),
};

/** Content images must say what they show, or declare themselves decorative. */
export function imageField<T extends z.ZodType>(src: T) {
  const file = shared(described(src, { kind: 'image' }));
  return z.union([
    z.strictObject({ src: file, alt: text }),
    z.strictObject({ src: file, decorative: shared(z.literal(true)) }),
  ]);
}

const service = z.strictObject({
  name: text,
  offer: text,
  audience: text.optional(),
  contact: text.optional(),
  address: text.optional(),
  website: url.optional(),
});

/** One theme of `content/themes.yml`: its key and its label in each language. */
export const themeSchema = z.strictObject({ key: themeKeyText, fr: text, nl: text });
/** A theme's labels, as Astro's `themes` collection holds them (by key). */
export const themeLabelsSchema = themeSchema.omit({ key: true });

/**
 * Schemas of the collections without images: built once, whatever the number of entries.
 * The order of the fields is the order they are written in a file and shown in the web editor:
 * where the entry is filed, what names it, what it says, when it is published.
 */
export const imageFreeSchemas = {
  prevention: z.strictObject({ ...naming, month: shared(month), theme: shared(themeKey).optional(), ...publication }),
  initiatives: z.strictObject({
    prevention: described(
      z.string().regex(preventionKeyPattern, {
        message: "the prevention theme's folder, like 2025-03-colorectal-cancer",
      }),
      { shared: true, kind: 'reference', collection: 'prevention' },
    ),
    initiatives: z.array(
      z.strictObject({
        title: text,
        date: day.optional(),
        place: text.optional(),
        organiser: text.optional(),
        url: url.optional(),
      }),
    ),
  }),
  consultations: z.strictObject({
    topic: shared(z.enum(consultationThemes)),
    year: shared(year),
    meeting: shared(z.number().int().positive()),
    ...naming,
    date: shared(day),
    participants: shared(z.number().int().nonnegative()).optional(),
    ...publication,
  }),
  zinnekeArticles: z.strictObject({
    /** YAML reads an unquoted 01 as the number 1: both mean issue 01. */
    issue: described(
      z
        .union([z.string().regex(issueKeyPattern), z.number().int().min(1).max(99)])
        .transform((n) => String(n).padStart(2, '0')),
      { shared: true, kind: 'reference', collection: 'zinnekeIssues' },
    ),
    /** The article's folder within its issue (an article key may recur in another issue). */
    article: shared(slug),
    rubric: shared(z.enum(rubrics)),
    order: shared(z.number().int()).optional(),
    ...naming,
    theme: shared(themeKey).optional(),
    ...publication,
  }),
  pages: z.strictObject({
    ...naming,
    /**
     * The day the page was last checked against reality (for the accessibility statement, its last
     * assessment): shown under the title; `npm run check` warns 12 months later.
     */
    reviewed: day.optional(),
    ...publication,
  }),
};

/**
 * Schemas of the collections with images. `image` is Astro's image() helper inside the build
 * (Astro makes one per entry, so each collection's schema is built alone), and a plain path
 * checker in `npm run check`.
 */
export const schemasWithImages = {
  focus: <I extends z.ZodType>(image: I) =>
    z.strictObject({
      ...naming,
      theme: shared(themeKey),
      edition: shared(year),
      cover: imageField(image).optional(),
      pdf: attachment.optional(),
      webinar: shared(
        z.strictObject({
          date: day,
          registrations: z.number().int().nonnegative().optional(),
          video: url.optional(),
        }),
      ).optional(),
      services: z.array(service).optional(),
      servicesReviewed: day.optional(),
      /** Shown with the prevention themes and Zinneke articles of the same theme. */
      related: shared(z.array(related)).optional(),
      ...publication,
      updated: day,
    }),
  zinnekeIssues: <I extends z.ZodType>(image: I) =>
    z.strictObject({
      number: shared(z.number().int().positive()),
      season: shared(z.enum(seasons)),
      year: shared(year),
      ...naming,
      summary: summary.optional(),
      cover: imageField(image).optional(),
      pdf: attachment.optional(),
      ...publication,
    }),
};

/** Every collection's schema, for one kind of image field. */
export function schemas<I extends z.ZodType>(image: I) {
  return {
    ...imageFreeSchemas,
    focus: schemasWithImages.focus(image),
    zinnekeIssues: schemasWithImages.zinnekeIssues(image),
  } satisfies Record<CollectionName, z.ZodType>;
}

export { languages };
