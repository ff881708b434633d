/**
 * Stepped care, written the natural way: `## 1. Première ligne` … `## 2. Aide spécialisée`.
 * Each numbered `##` heading and the text under it become one step, shown as a
 * numbered level on the page (general and local help first, specialised last):
 * `<section class="step" data-step="1"><h2><span class="step-number">1</span>Première ligne</h2>…</section>`.
 *
 * A plugin of Sätteri, Astro's markdown processor (for .md and .mdx alike). Sätteri keeps the tree
 * in Rust: a plugin reads nodes through views and records its changes through `ctx`, applied
 * after the pass. Reading the document's top level costs more than the whole of most documents,
 * so a cheap look at the source first leaves the plugin out of documents without a numbered `##`.
 */
import type { Heading, Root, RootContent, Text } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext, PluginFactoryContext } from 'satteri';

const stepPrefix = /^(\d{1,2})[.)]\s+/;

/**
 * Whether a document may hold a step: a line opening a `##` heading whose text starts with a
 * digit (or a character reference, which could be one). A superset of what `stepNumber` accepts,
 * never less: a top-level heading starts a line, after at most three spaces.
 */
export function mayHaveSteps(source: string): boolean {
  return /^ {0,3}##[ \t]+(?:\d|\\?&#)/m.test(source);
}

/** The level of a step heading (`## 1. …` or `## 1) …`), or null for any other node. */
export function stepNumber(node: Readonly<RootContent>): number | null {
  if (node.type !== 'heading' || node.depth !== 2) return null;
  const first = node.children[0];
  if (first?.type !== 'text') return null;
  const match = stepPrefix.exec(first.value);
  return match ? Number(match[1]) : null;
}

/**
 * The HTML of unified's mdast-util-to-hast, which this plugin's output matches byte for byte,
 * puts a line feed after the section's opening tag, between its blocks and before its closing
 * tag; Sätteri renders a user-defined parent's children back to back. These text leaves keep
 * the page as it was.
 */
const lineFeed = { type: 'lineFeed', value: '\n' };

interface Section {
  type: 'step';
  data: { hName: 'section'; hProperties: { className: string[]; dataStep: string } };
  children: unknown[];
}

/** Regroups the top level: each step heading opens a section, closed by the next `#` or `##`. */
function groupSteps(root: Readonly<Root>, ctx: MdastVisitorContext): void {
  const top = root.children;
  if (!top.some((node) => stepNumber(node) !== null)) return;
  const children: unknown[] = [];
  let current: Section | null = null;
  const close = () => {
    current?.children.push(lineFeed);
    current = null;
  };
  for (const node of top) {
    const n = stepNumber(node);
    if (n !== null) {
      close();
      const heading = node as Heading;
      const rest = (heading.children[0] as Text).value.replace(stepPrefix, '');
      const numbered = {
        type: 'heading',
        depth: 2,
        children: [
          {
            type: 'emphasis', // any phrasing parent: hName makes it a <span>
            data: { hName: 'span', hProperties: { className: ['step-number'] } },
            children: [{ type: 'text', value: String(n) }],
          },
          ...(rest ? [{ type: 'text', value: rest }] : []),
          ...heading.children.slice(1), // existing nodes move by reference
        ],
      };
      current = {
        type: 'step',
        data: { hName: 'section', hProperties: { className: ['step'], dataStep: String(n) } },
        children: [lineFeed, numbered],
      };
      children.push(current);
    } else if (current && !(node.type === 'heading' && node.depth <= 2)) {
      (current as Section).children.push(lineFeed, node);
    } else {
      close();
      children.push(node);
    }
  }
  close();
  ctx.setProperty(root, 'children', children as never);
}

const steps: MdastPluginDefinition = { name: 'steps', before: groupSteps };

/** The plugin for Sätteri's `mdastPlugins`: left out of documents that cannot hold a step. */
export function stepsPlugin(file: PluginFactoryContext): MdastPluginDefinition | null {
  return mayHaveSteps(file.source) ? steps : null;
}
