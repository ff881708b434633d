/**
 * MDX entries compile, with the compiler the build uses (Sätteri's), so that a tag never closed
 * is told to the author with its line instead of stopping the build with a stack trace; and they
 * use only what the site provides: its components, images imported from beside the entry,
 * properties that name what was imported. Curly braces in the text would be run as code.
 */
import { parseExpressionAt, type Node as JsNode } from 'acorn';
import { mdxToJs } from 'satteri';
import { mdxComponentNames } from '../../../components/mdx/names.ts';
import { markdownTree, nodes, type TreeNode } from '../markdown-tree.ts';
import { messages, type AuthorMessage } from '../messages.ts';
import { closest, error, type Problem } from '../problems.ts';
import type { SourceFile } from '../source.ts';

/** `import photo from './photo.jpg'`: a file beside the entry, under a name. */
const fileImport = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])(\.{1,2}\/[^'"]+)\2\s*;?$/;
const commentOnly = /^\s*\/\*[\s\S]*\*\/\s*$/;
/** Names an expression may use without importing them. */
const globals = new Set(['undefined', 'NaN', 'Infinity']);

/**
 * The names a property's expression reads (`photo` in `image={photo}`, `x` in `{[{ name: x }]}`),
 * found by parsing it as JavaScript; null when it is not a plain value (a function, say), which
 * the check then leaves to the compiler.
 */
export function namesRead(expression: string): string[] | null {
  let tree: JsNode;
  try {
    tree = parseExpressionAt(`(${expression})`, 0, { ecmaVersion: 'latest' });
  } catch {
    return null;
  }
  const names: string[] = [];
  let plain = true;
  const visit = (node: unknown, parentKey?: string, parent?: Record<string, unknown>) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((child) => visit(child, parentKey, parent));
    const n = node as Record<string, unknown> & { type?: string };
    if (typeof n.type !== 'string') return;
    if (/Function|Class/.test(n.type)) plain = false;
    if (n.type === 'Identifier') {
      const isKey = parentKey === 'key' && parent?.type === 'Property' && !parent.computed && !parent.shorthand;
      const isMember = parentKey === 'property' && parent?.type === 'MemberExpression' && !parent.computed;
      if (!isKey && !isMember) names.push(n.name as string);
      return;
    }
    for (const [key, child] of Object.entries(n)) if (key !== 'type') visit(child, key, n);
  };
  visit(tree);
  return plain ? names : null;
}

/** The compiler's reason in the author's words, for the mistakes authors make. */
function explain(reason: string, column: number | undefined): AuthorMessage {
  const unclosed = /^Expected a closing tag for `<([^>\s]+)>`/.exec(reason);
  if (unclosed) return messages.mdxTagNotClosed(unclosed[1]!);
  const mismatch = /^Unexpected closing tag `<\/([^>\s]*)>`, expected corresponding closing tag for `<([^>\s]+)>`/.exec(reason);
  if (mismatch) return messages.mdxWrongClosingTag(mismatch[1]!, mismatch[2]!);
  const stray = /^Unexpected closing tag `<\/([^>\s]*)>`, expected an open tag first/.exec(reason);
  if (stray) return messages.mdxClosingWithoutOpening(stray[1]!);
  if (reason.includes('to create a comment in MDX')) return messages.mdxHtmlComment();
  return messages.mdxUnreadable(column, reason);
}

/** Whether the file compiles; if not, why, at which line. */
function compiles(f: SourceFile): Problem[] {
  try {
    mdxToJs(f.text, { features: { gfm: true, frontmatter: true } });
    return [];
  } catch (e) {
    const text = (e as Error).message ?? String(e);
    const position = /^(\d+):(\d+):\s*/.exec(text);
    const reason = text
      .slice(position?.[0].length ?? 0)
      .replace(/\s*(?:\(\d+:\d+\)\s*)?\([\w:-]+\)\s*$/, '')
      .trim();
    const where = { line: position ? Number(position[1]) : undefined };
    return [error(f.rel, explain(reason, position ? Number(position[2]) : undefined), where)];
  }
}

const isComponent = (node: TreeNode) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !!node.name && !/^[a-z]/.test(node.name);

export function checkMdx(f: SourceFile): Problem[] {
  if (!f.abs.endsWith('.mdx')) return [];
  const failed = compiles(f);
  if (failed.length) return failed;
  const all = [...nodes(markdownTree(f))];
  const problems: Problem[] = [];
  const imported = new Set<string>();
  for (const node of all) {
    const line = node.position?.start.line;
    if (node.type === 'mdxjsEsm') {
      (node.value ?? '').split('\n').forEach((statement, i) => {
        if (!statement.trim()) return;
        const match = fileImport.exec(statement.trim());
        if (match) imported.add(match[1]!);
        else problems.push(error(f.rel, messages.mdxStatement(), { line: line === undefined ? undefined : line + i }));
      });
    } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !commentOnly.test(node.value ?? '')) {
      const shown = (node.value ?? '').trim();
      problems.push(error(f.rel, messages.mdxExpression(shown.length > 40 ? `${shown.slice(0, 39)}…` : shown), { line }));
    } else if (isComponent(node) && !(mdxComponentNames as readonly string[]).includes(node.name!)) {
      problems.push(
        error(f.rel, messages.unknownComponent(node.name!, mdxComponentNames, closest(node.name!, mdxComponentNames)), { line }),
      );
    }
  }
  // A property like image={photo} names an import: without it, the page would fail to build.
  for (const node of all.filter(isComponent)) {
    for (const attribute of node.attributes ?? []) {
      const value = attribute.value as { type?: string; value?: string } | string | undefined;
      const expression =
        attribute.type === 'mdxJsxExpressionAttribute'
          ? `{${String(value ?? '')}}`
          : typeof value === 'object' && value?.type === 'mdxJsxAttributeValueExpression'
            ? (value.value ?? '')
            : undefined;
      if (expression === undefined) continue;
      for (const name of new Set(namesRead(expression) ?? [])) {
        if (!globals.has(name) && !imported.has(name)) {
          problems.push(error(f.rel, messages.mdxNameNotImported(name, node.name!), { line: node.position?.start.line }));
        }
      }
    }
  }
  return problems;
}
