/**
 * An entry's text as the build's markdown processor (Sätteri) parses it: a syntax tree with the
 * line of every node, counted in the whole file. The rules that look inside the text walk it.
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { remembered } from '../../remembered.ts';
import type { SourceFile } from './source.ts';

/** A node of the tree, as the rules read it. */
export interface TreeNode {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: TreeNode[];
  position?: { start: { line: number; column: number } };
}

const trees = new WeakMap<SourceFile, TreeNode | null>();

/** The file's tree; null for an .mdx file that does not compile (rules/mdx.ts reports why). */
export function markdownTree(f: SourceFile): TreeNode | null {
  return remembered(trees, f, () => {
    try {
      const parse = f.abs.endsWith('.mdx') ? mdxToMdast : markdownToMdast;
      return parse(f.text, { features: { gfm: true, frontmatter: true } }) as MdastNode as TreeNode;
    } catch {
      return null;
    }
  });
}

/** Every node of a tree, depth first. */
export function* nodes(tree: TreeNode | null): Generator<TreeNode> {
  if (!tree) return;
  yield tree;
  for (const child of tree.children ?? []) yield* nodes(child);
}
