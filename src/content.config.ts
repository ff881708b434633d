import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  collectionSpecs,
  entryIdFromPath,
  imageFreeSchemas,
  schemasWithImages,
  themeLabelsSchema,
  themesFile,
  type CollectionName,
} from './content/contract.ts';
import { contentRoot } from './settings.ts';

/** Entries are read from `content/<folder>/` with ids like `palliative-care/fr` (see contract.ts). */
function loader(name: CollectionName) {
  const spec = collectionSpecs[name];
  return glob({
    pattern: spec.pattern,
    base: `${contentRoot()}/${spec.folder}`,
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
}

// Spelled out per collection so each keeps its own inferred data type.
export const collections = {
  focus: defineCollection({ loader: loader('focus'), schema: ({ image }) => schemasWithImages.focus(image()) }),
  prevention: defineCollection({ loader: loader('prevention'), schema: imageFreeSchemas.prevention }),
  initiatives: defineCollection({ loader: loader('initiatives'), schema: imageFreeSchemas.initiatives }),
  consultations: defineCollection({ loader: loader('consultations'), schema: imageFreeSchemas.consultations }),
  zinnekeIssues: defineCollection({
    loader: loader('zinnekeIssues'),
    schema: ({ image }) => schemasWithImages.zinnekeIssues(image()),
  }),
  zinnekeArticles: defineCollection({ loader: loader('zinnekeArticles'), schema: imageFreeSchemas.zinnekeArticles }),
  pages: defineCollection({ loader: loader('pages'), schema: imageFreeSchemas.pages }),
  themes: defineCollection({ loader: file(`${contentRoot()}/${themesFile}`), schema: themeLabelsSchema }),
};
