import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSpecs, entryIdFromPath, schemas, type CollectionName } from './content/contract.ts';
import { contentRoot } from './content/paths.ts';

function collection(name: CollectionName) {
  const spec = collectionSpecs[name];
  return defineCollection({
    loader: glob({
      pattern: spec.pattern,
      base: `${contentRoot()}/${spec.folder}`,
      generateId: ({ entry }) => entryIdFromPath(entry),
    }),
    schema: ({ image }) => schemas(image())[name],
  });
}

export const collections = {
  focus: collection('focus'),
  prevention: collection('prevention'),
  initiatives: collection('initiatives'),
  consultations: collection('consultations'),
  zinnekeIssues: collection('zinnekeIssues'),
  zinnekeArticles: collection('zinnekeArticles'),
  pages: collection('pages'),
};
