import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import {
  imageFreeSchemas,
  schemasWithImages,
  themeLabelsSchema,
  themesFile,
  type CollectionName,
} from './content/contract.ts';
import { collectionGlob, entryIdOf } from './content/layout.ts';
import { cleanText, composed } from './content/source-text.ts';
import { contentRoot } from './settings.ts';

/**
 * Entries are read where the contract places them, with ids `<key>/<lang>` (see layout.ts). Their
 * fields enter with composed letters (NFC), so titles, summaries and feeds match what readers
 * type; the text is made clean by the markdown processor (src/content/markdown.ts).
 */
function loader(name: CollectionName): Loader {
  const { base, pattern } = collectionGlob(name);
  const files = glob({ pattern, base: `${contentRoot()}/${base}`, generateId: ({ entry }) => entryIdOf(name, entry) });
  return {
    ...files,
    load: (context) =>
      files.load({ ...context, parseData: (props) => context.parseData({ ...props, data: composed(props.data) }) }),
  };
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
  // content/themes.yml is a list of { key, fr, nl } (what the web editor writes): one entry per key.
  themes: defineCollection({
    loader: file(`${contentRoot()}/${themesFile}`, {
      parser: (text) =>
        Object.fromEntries(
          (parseYaml(cleanText(text)) as Array<{ key: string }>).map(({ key, ...labels }) => [key, labels]),
        ),
    }),
    schema: themeLabelsSchema,
  }),
};
