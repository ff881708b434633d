/**
 * How .md and .mdx entries become HTML: Sätteri, Astro's default markdown processor (Rust), with
 * GitHub-flavoured markdown and typographic punctuation on (Astro's defaults), plus the project's
 * two plugins. @astrojs/mdx takes the same processor for .mdx.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { cleanText } from './source-text.ts';
import { stepsPlugin } from './steps.ts';

/** A table column's alignment as Sätteri writes it (`style="text-align: left"`), or null. */
export function styleAlignment(style: unknown): 'left' | 'center' | 'right' | null {
  if (typeof style !== 'string') return null;
  const match = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/.exec(style);
  return match ? (match[1] as 'left' | 'center' | 'right') : null;
}

/**
 * Aligned table columns as `align="…"`, as they always were: the Content-Security-Policy allows no
 * inline style (`style-src 'self'`), so Sätteri's `style="text-align: …"` would be dropped by
 * browsers, with a CSP violation on every aligned cell. Only <th> and <td> reach this plugin.
 */
export const tableAlignment: HastPluginDefinition = {
  name: 'table-alignment',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const align = styleAlignment(node.properties?.style);
      if (!align) return;
      ctx.setProperty(node, 'style', null);
      ctx.setProperty(node, 'align', align);
    },
  },
};

/**
 * Whether a document may hold an aligned table column: in a table's delimiter row, an alignment
 * colon touches the dashes (`:--`, `--:`, `:-:`). A superset of what GitHub-flavoured markdown
 * aligns: never false for a document with an aligned column.
 */
export function mayHaveAlignedColumns(source: string): boolean {
  return source.includes(':-') || source.includes('-:');
}

/**
 * The alignment plugin for Sätteri's `hastPlugins`: left out of documents without an aligned
 * column. Each hast plugin adds a visit of the document's elements from JavaScript (Astro's own,
 * for heading ids and images, remain): on the bench corpus, a tenth of the markdown's time.
 */
export function tableAlignmentPlugin(file: PluginFactoryContext): HastPluginDefinition | null {
  return mayHaveAlignedColumns(file.source) ? tableAlignment : null;
}

/** Sätteri ends a document's HTML with a line feed, which unified did not: pages stay as they were. */
export const withoutFinalLineFeed = (html: string) => (html.endsWith('\n') ? html.slice(0, -1) : html);

/**
 * The processor of .md and .mdx entries. Every text enters through it, so this is where it is
 * made clean once (src/content/source-text.ts): no byte-order mark (Astro leaves one before the
 * text), `\n` line endings, composed letters (NFC), whatever editor the author used.
 */
export function markdownProcessor() {
  const processor = satteri({ mdastPlugins: [stepsPlugin], hastPlugins: [tableAlignmentPlugin] });
  return {
    ...processor,
    async createRenderer(shared: Parameters<typeof processor.createRenderer>[0]) {
      const renderer = await processor.createRenderer(shared);
      return {
        async render(content: string, ...rest: DropFirst<Parameters<typeof renderer.render>>) {
          const rendered = await renderer.render(cleanText(content), ...rest);
          return { ...rendered, code: withoutFinalLineFeed(rendered.code) };
        },
      };
    },
    async createMdxRenderer(...args: Parameters<NonNullable<typeof processor.createMdxRenderer>>) {
      const renderer = await processor.createMdxRenderer!(...args);
      return {
        ...renderer,
        process: (content: string, ...rest: DropFirst<Parameters<typeof renderer.process>>) =>
          renderer.process(cleanText(content), ...rest),
      };
    },
  };
}

type DropFirst<T extends unknown[]> = T extends [unknown, ...infer Rest] ? Rest : never;
