/**
 * Active content: nothing in an entry's text may run code in a reader's browser or pull in
 * another site's page. Markdown passes raw HTML through to the page, so the HTML written in a
 * text is read tag by tag (the markdown by the build's own parser, each HTML fragment by an HTML
 * tokenizer) and only a few plain phrasing tags are kept; links go to web, e-mail and phone
 * addresses or to other entries. Hugo drops raw HTML silently; here the author is told why, and
 * what to write instead. The allowed tags are listed for authors in docs/authoring*.md.
 */
import { Parser } from 'htmlparser2';
import { mdxComponentNames } from '../../../components/mdx/names.ts';
import { referenceSchemes } from '../../cross-references.ts';
import { markdownTree, nodes, type TreeNode } from '../markdown-tree.ts';
import { messages, type ActiveKind } from '../messages.ts';
import { error, type Problem } from '../problems.ts';
import type { SourceFile } from '../source.ts';

/** Attributes every allowed tag may carry: a tooltip (an abbreviation's expansion), a language. */
const anyTagAttributes = ['title', 'lang', 'dir'];

/**
 * The HTML an author may write in a text, with each tag's own attributes: phrasing that
 * markdown has no syntax for (abbreviations, exponents, keys, a phrase in another language,
 * a line break in a table) and a disclosure box. Nothing here can run code or load anything.
 */
export const allowedHtml: Record<string, readonly string[]> = {
  abbr: [],
  b: [],
  bdi: [],
  br: [],
  cite: [],
  code: [],
  dd: [],
  del: ['datetime'],
  details: ['open'],
  dfn: [],
  dl: [],
  dt: [],
  em: [],
  i: [],
  ins: ['datetime'],
  kbd: [],
  mark: [],
  q: [],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  time: ['datetime'],
  wbr: [],
};

/** Tags refused with an explanation of their own: what they would do, and what to use. */
const activeTags: Record<string, ActiveKind> = {
  script: 'script',
  noscript: 'script',
  template: 'script',
  iframe: 'embed',
  frame: 'embed',
  frameset: 'embed',
  object: 'embed',
  embed: 'embed',
  applet: 'embed',
  video: 'embed',
  audio: 'embed',
  style: 'style',
  link: 'style',
  meta: 'style',
  base: 'style',
  form: 'form',
  input: 'form',
  button: 'form',
  textarea: 'form',
  select: 'form',
};

/** Addresses a link may have: the web, e-mail, phone, and links to other entries (focus:…). */
const linkSchemes = new Set(['http', 'https', 'mailto', 'tel', ...Object.keys(referenceSchemes)]);
/** Addresses that run code or carry a whole document, wherever they are written. */
const dangerousSchemes = new Set(['javascript', 'vbscript', 'data']);

/** An address's scheme as a browser reads it: spaces, tabs and control characters do not count. */
export function schemeOf(url: string): string | undefined {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]!.toLowerCase();
}

interface Tag {
  name: string;
  attributes: Array<{ name: string; value: unknown }>;
  line: number | undefined;
}

/** Each opening tag of a raw HTML fragment, with its line in the file. */
function htmlTags(node: TreeNode): Tag[] {
  const source = node.value ?? '';
  const start = node.position?.start.line;
  const tags: Tag[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const before = source.slice(0, parser.startIndex).split('\n').length - 1;
        tags.push({
          name,
          attributes: Object.entries(attributes).map(([n, value]) => ({ name: n, value })),
          line: start === undefined ? undefined : start + before,
        });
      },
    },
    { lowerCaseTags: false, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.write(source);
  parser.end();
  return tags;
}

/** An MDX element written in lower case is an HTML tag, with the same rules. */
function jsxTag(node: TreeNode): Tag {
  return {
    name: node.name!,
    attributes: (node.attributes ?? []).map((a) => ({
      name: a.type === 'mdxJsxAttribute' ? a.name! : '{…}',
      value: a.value,
    })),
    line: node.position?.start.line,
  };
}

function checkTag(f: SourceFile, tag: Tag): Problem[] {
  const where = { line: tag.line };
  const lower = tag.name.toLowerCase();
  if ((mdxComponentNames as readonly string[]).includes(tag.name)) {
    return [error(f.rel, messages.componentInMarkdown(tag.name, f.rel.split('/').at(-1)!), where)];
  }
  const kind = activeTags[lower];
  if (kind) return [error(f.rel, messages.activeContent(lower, kind), where)];
  const own = allowedHtml[lower];
  if (!own) return [error(f.rel, messages.htmlNotAllowed(lower, Object.keys(allowedHtml)), where)];
  return tag.attributes.flatMap(({ name, value }) => {
    if (/^on/i.test(name)) return [error(f.rel, messages.eventHandler(name, lower), where)];
    if (![...anyTagAttributes, ...own].includes(name)) {
      return [error(f.rel, messages.attributeNotAllowed(name, lower, [...anyTagAttributes, ...own]), where)];
    }
    return typeof value === 'string' && dangerousSchemes.has(schemeOf(value) ?? '')
      ? [error(f.rel, messages.unsafeAddress(value, schemeOf(value)!), where)]
      : [];
  });
}

/** A component's properties: no event handlers, no address that runs code. */
function checkComponentProperties(f: SourceFile, node: TreeNode): Problem[] {
  const where = { line: node.position?.start.line };
  return (node.attributes ?? []).flatMap((a) => {
    if (a.type !== 'mdxJsxAttribute') return [];
    if (/^on[A-Z]/.test(a.name!)) return [error(f.rel, messages.eventHandler(a.name!, node.name!), where)];
    const scheme = typeof a.value === 'string' ? schemeOf(a.value) : undefined;
    return scheme && dangerousSchemes.has(scheme) ? [error(f.rel, messages.unsafeAddress(a.value as string, scheme), where)] : [];
  });
}

export function checkActiveContent(f: SourceFile): Problem[] {
  const problems: Problem[] = [];
  for (const node of nodes(markdownTree(f))) {
    const where = { line: node.position?.start.line };
    switch (node.type) {
      case 'html':
        for (const tag of htmlTags(node)) problems.push(...checkTag(f, tag));
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = schemeOf(node.url ?? '');
        if (scheme && !linkSchemes.has(scheme)) problems.push(error(f.rel, messages.unsafeAddress(node.url!, scheme), where));
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!node.name) break;
        if (/^[a-z][a-z0-9-]*$/.test(node.name)) problems.push(...checkTag(f, jsxTag(node)));
        else problems.push(...checkComponentProperties(f, node));
        break;
    }
  }
  return problems;
}
