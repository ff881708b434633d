import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collectionSpecs, entryIdFromPath, schemas, themeLabelsSchema, themesFile, type CollectionName } from './content/contract.ts';
import { contentRoot } from './content/paths.ts';

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
  focus: defineCollection({ loader: loader('focus'), schema: ({ image }) => schemas(image()).focus }),
  prevention: defineCollection({ loader: loader('prevention'), schema: ({ image }) => schemas(image()).prevention }),
  initiatives: defineCollection({ loader: loader('initiatives'), schema: ({ image }) => schemas(image()).initiatives }),
  consultations: defineCollection({ loader: loader('consultations'), schema: ({ image }) => schemas(image()).consultations }),
  zinnekeIssues: defineCollection({ loader: loader('zinnekeIssues'), schema: ({ image }) => schemas(image()).zinnekeIssues }),
  zinnekeArticles: defineCollection({
    loader: loader('zinnekeArticles'),
    schema: ({ image }) => schemas(image()).zinnekeArticles,
  }),
  pages: defineCollection({ loader: loader('pages'), schema: ({ image }) => schemas(image()).pages }),
  themes: defineCollection({ loader: file(`${contentRoot()}/${themesFile}`), schema: themeLabelsSchema }),
};
