/**
 * The web editor's configuration (Sveltia CMS), generated from the content contract, the site
 * registry and the theme list: one collection per contract collection, one per site where the
 * path names a site (`<zone>`, `<scope>`), the theme list as a settings file. Pure: the build
 * writes the result as `admin/config.json` (src/editor/bundle.ts).
 */
import type { CmsConfig, CollectionDivider, EntryCollection, Field, FileCollection } from '@sveltia/cms';
import { z } from 'astro/zod';
import type { Theme } from '../content/check/rules/files.ts';
import { fieldHints, invalidValue } from '../content/check/field-messages.ts';
import {
  collectionSpecs,
  folderPartPatterns,
  schemas,
  themeSchema,
  themesFile,
  type CollectionName,
} from '../content/contract.ts';
import { pathTemplate } from '../content/layout.ts';
import { languages, type Bilingual, type Site } from '../sites/types.ts';
import { bilingual, checkerWords, editorField, type FieldContext } from './fields.ts';
import { allSitesLabel, bodyLabel, collectionLabels, settingsLabel } from './labels.ts';
import { previewContext, previewPath } from './preview-links.ts';
import { editorHost, repositoryContentFolder, type EditorSettings } from './settings.ts';

export interface EditorInputs {
  sites: readonly Site[];
  themes: readonly Theme[];
  settings: EditorSettings;
}

/** Folder parts that name a site: the editor has one collection per site for them. */
const siteParts = {
  zone: (sites: readonly Site[]) => sites.filter((s) => s.kind === 'zone').map((s) => ({ id: s.id, name: s.name })),
  scope: (sites: readonly Site[]) => [
    { id: 'all', name: allSitesLabel },
    ...sites.map((s) => ({ id: s.id, name: s.name })),
  ],
} satisfies Record<string, (sites: readonly Site[]) => Array<{ id: string; name: Bilingual }>>;
type SitePart = keyof typeof siteParts;
const isSitePart = (part: string): part is SitePart => part in siteParts;

/** Only the shape of the schemas matters to the editor: an image is a file beside the entry. */
const contractSchemas = schemas(z.string());

/** The editor collection a contract collection's entries are in, for a site when its path names one. */
export function editorCollectionName(collection: CollectionName, siteId?: string): string {
  return siteId ? `${collection}-${siteId}` : collection;
}

/** The fields of a contract collection in the editor: its schema's, then the text. */
function collectionFields(collection: CollectionName, ctx: FieldContext): Field[] {
  const shape = (contractSchemas[collection] as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
  return [
    ...Object.entries(shape).map(([name, schema]) => editorField(name, schema, ctx)),
    {
      name: 'body',
      label: bilingual(bodyLabel),
      widget: 'markdown',
      i18n: true,
      required: !collectionSpecs[collection].optionalText,
    },
  ];
}

/**
 * The editor collections of one contract collection: its path template with each part as a
 * field (`{{fields.topic}}`), a site (written literally, one collection per site) or the entry's
 * own folder name (`{{slug}}`, asked when the entry is created).
 */
export function entryCollections(
  collection: CollectionName,
  inputs: EditorInputs,
  ctx: FieldContext,
): EntryCollection[] {
  const { folder, template, parts } = pathTemplate(collection);
  const fields = collectionFields(collection, ctx);
  const fieldNames = new Set(fields.map((f) => f.name));
  const sitePart = parts.find(isSitePart);
  const slugParts = parts.filter((p) => !fieldNames.has(p) && !isSitePart(p));
  if (slugParts.length > 1) throw new Error(`${collection}: more than one folder part is neither a field nor a site`);
  const slugPart = slugParts[0];
  const slugIsLast =
    !slugPart ||
    template
      .split('/')
      .filter((s) => s.includes('<'))
      .at(-1) === `<${slugPart}>`;
  // The editor groups the two languages of an entry by its {{slug}}: under a folder chosen by a
  // field, two entries with the same last folder name would be taken for one (FINDINGS §4).
  if (slugPart && (!slugIsLast || parts.some((p) => fieldNames.has(p)))) {
    throw new Error(`${collection}: the entry's own folder name must be the only variable part of its path`);
  }
  const sites = sitePart ? siteParts[sitePart](inputs.sites) : [undefined];
  const label = collectionLabels[collection];
  return sites.map((site) => {
    const path = template.replace(/<([a-z][a-z-]*)>/g, (_, part: string) =>
      part === sitePart ? site!.id : part === slugPart ? '{{slug}}' : `{{fields.${part}}}`,
    );
    return {
      name: editorCollectionName(collection, site?.id),
      // The site first: the editor's sidebar shortens long labels.
      label: site
        ? bilingual({ fr: `${site.name.fr} — ${label.fr}`, nl: `${site.name.nl} — ${label.nl}` })
        : bilingual(label),
      folder: `${repositoryContentFolder}/${folder}`,
      path,
      extension: 'md',
      format: 'yaml-frontmatter',
      i18n: true,
      // Images and PDFs go into the entry's own folder; images are written `./photo.jpg`.
      media_folder: '',
      public_folder: '.',
      // The entry's address in the pull request's preview site, which leads to its page (preview-links.ts).
      preview_path: previewPath(collection),
      // Entries are named by their title; local initiatives by their prevention theme.
      ...(fieldNames.has('title')
        ? { summary: '{{title}}' }
        : { identifier_field: fields[0]!.name, summary: `{{${fields[0]!.name}}}` }),
      ...(slugPart && {
        slug: {
          editable: ['create'],
          pattern: [folderPartPatterns[slugPart]!.source, checkerWords(invalidValue(slugPart))],
          hint: bilingual(fieldHints[slugPart]!),
        },
      }),
      fields,
    } satisfies EntryCollection;
  });
}

/** The theme list, a settings file: one list of key and labels, in the order shown to readers. */
function themesCollection(ctx: FieldContext): FileCollection {
  const fields = Object.entries(themeSchema.shape).map(([name, schema]) =>
    editorField(name, schema, { ...ctx, translated: false }),
  );
  return {
    name: 'settings',
    label: bilingual(settingsLabel),
    files: [
      {
        name: 'themes',
        label: bilingual(collectionLabels.themes),
        file: `${repositoryContentFolder}/${themesFile}`,
        format: 'yaml',
        fields: [
          {
            name: 'themes',
            label: bilingual(collectionLabels.themes),
            widget: 'list',
            root: true,
            summary: '{{fields.key}} — {{fields.fr}}',
            fields,
          },
        ],
      },
    ],
  };
}

const divider: CollectionDivider = { divider: true };

/** The whole configuration. */
export function editorConfig(inputs: EditorInputs): CmsConfig {
  const ctx: FieldContext = {
    themes: inputs.themes,
    translated: true,
    // A reference names an entry folder of a collection the editor shows whole (not per site).
    editorCollection: (collection) => editorCollectionName(collection),
  };
  const groups = (Object.keys(collectionSpecs) as CollectionName[]).map((c) => entryCollections(c, inputs, ctx));
  const { repository, branch, authHelper } = inputs.settings;
  const host = editorHost(inputs.sites);
  return {
    backend: {
      name: 'github',
      repo: repository,
      branch,
      ...(authHelper ? { base_url: authHelper } : {}),
      auth_methods: authHelper ? ['oauth', 'token'] : ['token'],
      squash_merges: true,
      // The pull request previews: an unpublished entry's preview link opens its page there.
      preview_context: previewContext,
    },
    publish_mode: 'editorial_workflow',
    // Images and PDFs belong to their entry (each collection uploads into the entry's folder); the
    // whole content folder is the editor's asset library, where they can all be browsed.
    media_folder: repositoryContentFolder,
    app_title: 'Brusano',
    site_url: `https://${host}`,
    display_url: `https://${host}`,
    // Preview links lead through entry addresses (preview-links.ts), which the pull request
    // preview sites and the regional host both serve: an unpublished entry opens its page in its
    // pull request's preview, a published one its live page.
    show_preview_links: true,
    i18n: { structure: 'multiple_files', locales: [...languages], default_locale: languages[0] },
    // What the checker expects and src/content/canonical.ts writes: no quotes, empty optional
    // fields left out.
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none', indent_size: 2, indent_sequences: true } },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [...groups.flatMap((group) => [...group, divider]), themesCollection(ctx)],
  };
}
