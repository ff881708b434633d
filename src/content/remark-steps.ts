/**
 * Stepped care, written the natural way: `## 1. Première ligne` … `## 2. Aide spécialisée`.
 * Each numbered `##` heading and the text under it become one step, shown as a
 * numbered level on the page (general and local help first, specialised last).
 */
import type { Heading, Root, RootContent } from 'mdast';

const stepPrefix = /^(\d{1,2})[.)]\s+/;

function stepNumber(node: RootContent): number | null {
  if (node.type !== 'heading' || node.depth !== 2) return null;
  const first = node.children[0];
  if (first?.type !== 'text') return null;
  const match = stepPrefix.exec(first.value);
  return match ? Number(match[1]) : null;
}

export function remarkSteps() {
  return (tree: Root) => {
    const children: RootContent[] = [];
    let current: { children: RootContent[] } | null = null;
    for (const node of tree.children) {
      const n = stepNumber(node);
      if (n !== null) {
        const heading = node as Heading;
        const first = heading.children[0] as { value: string };
        first.value = first.value.replace(stepPrefix, '');
        heading.children.unshift({
          type: 'emphasis',
          data: { hName: 'span', hProperties: { className: ['step-number'] } },
          children: [{ type: 'text', value: String(n) }],
        });
        current = { children: [heading] };
        children.push({
          type: 'blockquote', // any parent type; hName makes it a <section>
          data: { hName: 'section', hProperties: { className: ['step'], dataStep: String(n) } },
          children: current.children as never,
        });
      } else if (current && !(node.type === 'heading' && node.depth <= 2)) {
        current.children.push(node);
      } else {
        current = null;
        children.push(node);
      }
    }
    tree.children = children;
  };
}
