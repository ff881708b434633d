import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntryCollection, Field, FileCollection } from '@sveltia/cms';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldHints } from '../../src/content/check/field-messages.ts';
import { messages } from '../../src/content/check/messages.ts';
import { readThemes } from '../../src/content/check/rules/files.ts';
import {
  collectionSpecs,
  consultationThemes,
  rubrics,
  schemas,
  seasons,
  themeSchema,
  type CollectionName,
} from '../../src/content/contract.ts';
import { entryFile, placeFile } from '../../src/content/layout.ts';
import { toEntryRef, type EntryRef } from '../../src/content/model.ts';
import { rewriteAbsolute } from '../../src/deploy/preview-site.ts';
import { ui } from '../../src/i18n/index.ts';
import { load } from 'cheerio';
import {
  addressMaps,
  addressPage,
  addressTargets,
  expandPreviewPath,
  previewContext,
} from '../../src/editor/preview-links.ts';
import { planPages, type ContentIndex } from '../../src/routing/plan.ts';
import { locate, type PageRef } from '../../src/routing/urls.ts';
import { bundleKey } from '../../src/editor/bundle.ts';
import { editorConfig, type EditorInputs } from '../../src/editor/config.ts';
import { bilingual, checkerWords, editorField } from '../../src/editor/fields.ts';
import { editorSettings } from '../../src/editor/settings.ts';
import { editionOf, getSite, siteEditions, sites } from '../../src/sites/registry.ts';
import type { Language } from '../../src/sites/types.ts';
import { root } from '../support/builds.ts';
import { lookUpAddress } from '../support/entry-addresses.ts';

const { themes } = readThemes(join(root, 'content'), (p) => p);
const inputs: EditorInputs = { sites, themes, settings: editorSettings };
const config = editorConfig(inputs);
const entryCollections = config.collections!.filter((c): c is EntryCollection => 'folder' in c);
const fileCollections = config.collections!.filter((c): c is FileCollection => 'files' in c);

/** The editor collections holding a contract collection's entries (one per site for zone pages). */
const editorCollectionsOf = (collection: CollectionName) =>
  entryCollections.filter((c) => c.name === collection || c.name.startsWith(`${collection}-`));

// ---- The contract's fields, read from its schemas independently of the generator ----------

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
};
const def = (s: z.ZodType) => s.def as unknown as Def;
function unwrapped(s: z.ZodType): { schema: z.ZodType; optional: boolean } {
  let optional = false;
  for (;;) {
    const d = def(s);
    if (d.type === 'optional' || d.type === 'default') {
      optional = true;
      s = d.innerType!;
    } else if (d.type === 'pipe') s = d.in!;
    else return { schema: s, optional };
  }
}
/** Every field path of a schema (`cover.alt`, `services.name`), with whether it is required. */
function contractFields(shape: Record<string, z.ZodType>, prefix = ''): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [name, field] of Object.entries(shape)) {
    const { schema, optional } = unwrapped(field);
    out[`${prefix}${name}`] = !optional;
    const d = def(schema);
    const element = d.type === 'array' ? def(unwrapped(d.element!).schema) : undefined;
    if (d.type === 'object') Object.assign(out, contractFields(d.shape!, `${prefix}${name}.`));
    if (element?.type === 'object') Object.assign(out, contractFields(element.shape!, `${prefix}${name}.`));
    if (d.type === 'union' && d.options!.every((o) => def(o).shape)) {
      // An image: one field per part of any of its forms, required when every form requires it.
      const forms = d.options!.map((o) => contractFields(def(o).shape!, `${prefix}${name}.`));
      for (const k of new Set(forms.flatMap((f) => Object.keys(f)))) out[k] = forms.every((f) => f[k] === true);
    }
  }
  return out;
}
/** Every field path the editor offers, with whether it is required. */
function editorFields(fields: readonly Field[], prefix = ''): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const f of fields) {
    out[`${prefix}${f.name}`] = (f as { required?: unknown }).required !== false;
    const sub = 'fields' in f && Array.isArray(f.fields) ? (f.fields as Field[]) : [];
    Object.assign(out, editorFields(sub, `${prefix}${f.name}.`));
  }
  return out;
}
const field = (fields: readonly Field[], name: string) =>
  fields.find((f) => f.name === name) as Field & Record<string, unknown>;
const optionValues = (f: Record<string, unknown>) =>
  (f.options as Array<string | { value: string }>).map((o) => (typeof o === 'string' ? o : o.value));

describe('the web editor’s configuration, generated from the content contract', () => {
  const contract = schemas(z.string());

  it.each(Object.keys(collectionSpecs) as CollectionName[])(
    'offers exactly the contract’s fields of %s, required where the contract requires them, and the text',
    (collection) => {
      const expected = {
        ...contractFields(def(contract[collection] as z.ZodType).shape!),
        body: !collectionSpecs[collection].optionalText,
      };
      const collections = editorCollectionsOf(collection);
      expect(collections.length).toBeGreaterThan(0);
      for (const c of collections) expect(editorFields(c.fields)).toEqual(expected);
    },
  );

  it('fails the comparison when a field is missing or unknown (the check above can fail)', () => {
    const focus = editorFields(editorCollectionsOf('focus')[0]!.fields);
    const expected = { ...contractFields(def(contract.focus as z.ZodType).shape!), body: true };
    const { pdf: _missing, ...withoutPdf } = focus;
    expect(withoutPdf).not.toEqual(expected);
    expect({ ...focus, subtitle: false }).not.toEqual(expected);
  });

  it('writes every kind of entry where the contract expects it, in both languages', () => {
    const sample: Record<string, string> = {
      prevention: '2025-03-colorectal-cancer',
      topic: 'crisis',
      year: '2026',
      meeting: '2',
      issue: '04',
      article: 'aidants',
    };
    const slugs: Record<string, string> = {
      focus: 'caregivers',
      prevention: '2026-01-hydration',
      zinnekeIssues: '05',
      pages: 'about',
    };
    for (const collection of Object.keys(collectionSpecs) as CollectionName[]) {
      for (const c of editorCollectionsOf(collection)) {
        const path = c
          .path!.replace('{{slug}}', slugs[collection]!)
          .replace(/\{\{fields\.(\w+)\}\}/g, (_, f: string) => sample[f]!);
        for (const lang of ['fr', 'nl']) {
          const file = `${c.folder}/${path}.${lang}.${c.extension}`;
          expect(file.startsWith('content/')).toBe(true);
          expect(placeFile(file.slice('content/'.length)), file).toMatchObject({ collection, lang });
        }
      }
    }
  });

  it('has one collection per zone for local initiatives and consultations, and per site for pages', () => {
    const zones = sites.filter((s) => s.kind === 'zone').map((s) => s.id);
    expect(editorCollectionsOf('initiatives').map((c) => c.path)).toEqual(
      zones.map((z) => `{{fields.prevention}}/zones/${z}`),
    );
    expect(editorCollectionsOf('consultations').map((c) => c.path!.split('/')[0])).toEqual(zones);
    expect(editorCollectionsOf('pages').map((c) => c.path!.split('/')[0])).toEqual(['all', ...sites.map((s) => s.id)]);
  });

  it('shows a field new to the contract without any other change, under its name', () => {
    const ctx = { themes, translated: true, editorCollection: (c: CollectionName) => c };
    expect(editorField('subtitle', z.string().optional(), ctx)).toEqual({
      name: 'subtitle',
      label: 'subtitle',
      required: false,
      i18n: true,
      widget: 'string',
    });
  });

  it('adds a zone’s collections from the registry alone', () => {
    const west = {
      ...sites.find((s) => s.kind === 'zone')!,
      id: 'west',
      name: { fr: 'Bassin Ouest', nl: 'Zorgzone West' },
    };
    const names = editorConfig({ ...inputs, sites: [...sites, west] }).collections!.map((c) =>
      'name' in c ? c.name : '—',
    );
    expect(names).toEqual(expect.arrayContaining(['initiatives-west', 'consultations-west', 'pages-west']));
  });

  it('offers the choices of the theme list, the rubrics, the consultation themes and the seasons', () => {
    const focus = editorCollectionsOf('focus')[0]!.fields;
    expect(optionValues(field(focus, 'theme'))).toEqual(themes.map((t) => t.key));
    expect(field(focus, 'theme').options).toContainEqual({ label: bilingual(themes[0]!), value: themes[0]!.key });
    expect(optionValues(field(editorCollectionsOf('zinnekeArticles')[0]!.fields, 'rubric'))).toEqual([...rubrics]);
    expect(optionValues(field(editorCollectionsOf('consultations')[0]!.fields, 'topic'))).toEqual([
      ...consultationThemes,
    ]);
    expect(optionValues(field(editorCollectionsOf('zinnekeIssues')[0]!.fields, 'season'))).toEqual([...seasons]);
  });

  it('says what is wrong in the checker’s words, in French and Dutch', () => {
    const focus = editorCollectionsOf('focus')[0]!.fields;
    const keys = themes.map((t) => t.key);
    expect((field(focus, 'theme').pattern as string[])[1]).toBe(checkerWords(messages.unknownTheme(undefined, keys)));
    expect(field(focus, 'slug').hint).toBe(`${fieldHints.slug!.fr} / ${fieldHints.slug!.nl}`);
    expect((field(focus, 'summary').pattern as string[])[1]).toContain('Raccourcissez ce texte. / ');
  });

  it('edits the theme list as a list of key and labels, all required', () => {
    const settings = fileCollections.find((c) => c.name === 'settings')!;
    const themesFile = settings.files.find((f) => f.name === 'themes')!;
    expect(themesFile.file).toBe('content/themes.yml');
    const list = themesFile.fields[0] as Field & { root: boolean; fields: Field[] };
    expect(list.root).toBe(true);
    expect(editorFields(list.fields)).toEqual(contractFields(def(themeSchema).shape!));
  });

  it('writes files the way the content formatter does, and publishes through review', () => {
    expect(config.i18n).toMatchObject({ structure: 'multiple_files', locales: ['fr', 'nl'], default_locale: 'fr' });
    expect(config.output).toMatchObject({ omit_empty_optional_fields: true, yaml: { quote: 'none' } });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', repo: editorSettings.repository });
  });
});

describe('the web editor’s bundle cache key', () => {
  function project(sveltia: string, page: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'editor-key-'));
    for (const [name, version] of [
      ['@sveltia/cms', sveltia],
      ['vite', '8.0.0'],
    ]) {
      mkdirSync(join(dir, 'node_modules', name!), { recursive: true });
      writeFileSync(join(dir, 'node_modules', name!, 'package.json'), JSON.stringify({ version }));
    }
    mkdirSync(join(dir, 'src/editor/admin'), { recursive: true });
    writeFileSync(join(dir, 'src/editor/admin/index.html'), page);
    return dir;
  }

  it('changes with the editor’s version and with the admin page, not otherwise', () => {
    const key = bundleKey(project('0.221.1', '<p>a'));
    expect(bundleKey(project('0.221.1', '<p>a'))).toBe(key);
    expect(bundleKey(project('0.222.0', '<p>a'))).not.toBe(key);
    expect(bundleKey(project('0.221.1', '<p>b'))).not.toBe(key);
  });
});

describe('the web editor’s preview links', () => {
  // One entry per collection, in both languages; the Dutch ones name their own `slug`.
  const entries: Array<[CollectionName, string, Record<string, unknown>]> = [
    ['focus', 'palliative-care', {}],
    ['prevention', '2026-03-vaccination', { month: '2026-03' }],
    ['initiatives', '2026-03-vaccination/zones/south', {}],
    ['consultations', 'south/mental-health/2026-1', {}],
    ['zinnekeIssues', '2026-spring', {}],
    ['zinnekeArticles', '2026-spring/interview', {}],
    ['pages', 'south/contact', {}],
    ['pages', 'all/privacy', {}],
  ];
  const content = Object.fromEntries(Object.keys(collectionSpecs).map((c) => [c, [] as EntryRef[]])) as Record<
    CollectionName,
    EntryRef[]
  >;
  for (const [collection, key, data] of entries) {
    for (const lang of ['fr', 'nl'] as const) {
      content[collection].push(
        toEntryRef(
          collection,
          `${key}/${lang}`,
          lang === 'nl' ? { ...data, slug: `nl-${key.split('/').at(-1)}` } : data,
        ),
      );
    }
  }
  const plan = planPages(content as ContentIndex, siteEditions, new Date('2026-03-15T12:00:00Z'));
  const maps = addressMaps(addressTargets(plan, 'region'));
  const slugOf = (key: string, lang: Language) =>
    lang === 'nl' ? `nl-${key.split('/').at(-1)}` : key.split('/').at(-1)!;
  /** Where the URL resolver puts each entry: site and page reference. */
  const expected = (collection: CollectionName, key: string, lang: Language): [string, PageRef] => {
    const slug = slugOf(key, lang);
    switch (collection) {
      case 'focus':
        return ['region', { kind: 'focus', slug }];
      case 'prevention':
        return ['region', { kind: 'prevention', slug }];
      case 'initiatives':
        return ['south', { kind: 'prevention', slug: slugOf('2026-03-vaccination', lang) }];
      case 'consultations':
        return ['south', { kind: 'consultation', theme: 'mental-health', slug }];
      case 'zinnekeIssues':
        return ['region', { kind: 'zinnekeIssue', issue: slug }];
      case 'zinnekeArticles':
        return ['region', { kind: 'zinnekeArticle', issue: slugOf('2026-spring', lang), slug }];
      default:
        return [key.startsWith('all/') ? 'region' : key.split('/')[0]!, { kind: 'page', slug }];
    }
  };

  for (const [collection, key] of entries) {
    for (const lang of ['fr', 'nl'] as const) {
      it(`leads a ${collection} entry (${key}, ${lang}) to its page on its host`, () => {
        const file = entryFile(collection, key, lang);
        // The editor collection whose folder and path hold this file (a per-site one for zone pages).
        const editor = editorCollectionsOf(collection).find((c) => {
          const site = c.name.slice(collection.length + 1);
          return !site || new RegExp(`/${site}[/.]`).test(file);
        })!;
        const inFolder = file.slice(editor.folder!.replace(/^content\//, '').length + 1);
        const address = expandPreviewPath(editor.preview_path!, inFolder, lang);
        const [siteId, ref] = expected(collection, key, lang);
        const { host, path } = locate(editionOf(getSite(siteId), lang), ref);
        expect(lookUpAddress(address, maps)).toBe(`https://${host}${path}`);
      });
    }
  }

  it('lead nowhere for an address its maps do not list', () => {
    const address = expandPreviewPath(editorCollectionsOf('focus')[0]!.preview_path!, 'unknown/index.fr.md', 'fr');
    expect(lookUpAddress(address, maps)).toBeUndefined();
    // Names of the maps' own properties are no keys.
    expect(lookUpAddress('/_entries/?collection=focus&key=__proto__&lang=fr', maps)).toBeUndefined();
    expect(lookUpAddress('/_entries/?collection=focus&key=constructor&lang=fr', maps)).toBeUndefined();
  });

  it('lead into the preview once the preview site has rewritten a map', () => {
    const map = JSON.stringify({ 'south/x': { nl: 'https://zorgzone-zuid.brussels/contact/' } });
    const moved = JSON.parse(
      rewriteAbsolute(map, {
        base: '/',
        host: 'brusano.brussels',
        hosts: ['brusano.brussels', 'zorgzone-zuid.brussels'],
      }),
    ) as Record<string, Record<string, string>>;
    expect(moved['south/x']!.nl).toBe('/zorgzone-zuid.brussels/contact/');
  });

  it('open through one page in both languages, never indexed, its script a file beside it', () => {
    const $ = load(addressPage());
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
    expect($('script').attr('src')).toBe('open.js');
    expect($('script').text()).toBe('');
    expect($('[data-entry-opening] [lang=fr]').text()).toBe(ui('fr').entryAddressOpening);
    expect($('[data-entry-opening] [lang=nl]').text()).toBe(ui('nl').entryAddressOpening);
    expect($('[data-entry-missing]').attr('hidden')).toBeDefined();
  });

  it('look for the commit status the preview job sets', () => {
    const workflow = readFileSync(join(root, '.github/workflows/deploy.yml'), 'utf8');
    const contexts = [...workflow.matchAll(/^\s*context: '([^']+)',?$/gm)].map((m) => m[1]);
    expect(contexts).toEqual([previewContext]);
    expect(config.backend).toMatchObject({ preview_context: previewContext });
    expect(config.show_preview_links).toBe(true);
  });
});
