/**
 * Reading an entry file as the build will: its bytes as text (empty, not text, not UTF-8), then
 * its frontmatter (never closed, tabs, a key written twice, a syntax error), with the line of
 * every field. Dates are read as Astro's YAML parser reads them, except that an impossible date
 * (30 February, month 13) is kept as written, so that the contract refuses it instead of
 * publishing another day.
 */
import { DEFAULT_SCHEMA, load as loadLikeAstro, Type as YamlType, YAMLException } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type ScalarTag } from 'yaml';
import type { Bilingual } from '../../../sites/types.ts';
import { isCalendarDay } from '../../contract.ts';
import { decodeSource } from '../../source-text.ts';
import { messages, yamlMistakes } from '../messages.ts';
import { error, type Problem } from '../problems.ts';

/** YAML timestamps as js-yaml (Astro's frontmatter parser) reads them. */
const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime =
  /^(\d{4})-(\d\d?)-(\d\d?)(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d)(?:\.(\d*))?(?:[ \t]*(Z|([-+])(\d\d?)(?::(\d\d))?))?$/;

/**
 * Unquoted dates become Dates as with js-yaml, but only real ones: `2025-02-30` stays the text
 * `2025-02-30` (js-yaml would silently make it 2 March).
 */
function realDate(text: string): Date | string {
  const day = dateOnly.exec(text);
  if (day) {
    const [y, m, d] = day.slice(1, 4).map(Number) as [number, number, number];
    return isCalendarDay(y, m, d) ? new Date(Date.UTC(y, m - 1, d)) : text;
  }
  const t = dateTime.exec(text)!;
  const [y, m, d, hh, mm, ss] = t.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (!isCalendarDay(y, m, d) || hh > 23 || mm > 59 || ss > 59) return text;
  const ms = Number((t[7] ?? '').slice(0, 3).padEnd(3, '0'));
  let time = Date.UTC(y, m - 1, d, hh, mm, ss, ms);
  if (t[9]) time -= (t[9] === '-' ? -1 : 1) * (Number(t[10]) * 60 + Number(t[11] ?? 0)) * 60_000;
  return new Date(time);
}

/** Dates for the `yaml` package. */
const timestamp: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  default: true,
  test: new RegExp(`${dateOnly.source}|${dateTime.source}`),
  resolve: realDate,
};

/** Where each field is written: lines in the whole file. */
export interface FieldPositions {
  /** The line of each frontmatter key's first appearance, by key name. */
  keyLines: Map<string, number>;
  /** The line of each field, by its path as messages name it (`webinar.date`, `initiatives[2].url`). */
  fieldLines: Map<string, number>;
}

export interface ReadSource {
  text: string;
  data: Record<string, unknown>;
  body: string;
  /** Where each field is written; found only when a message needs it (most files have none). */
  positions(): FieldPositions;
}

/** A common mistake in the author's words; else the YAML reader's first sentence, without its position. */
function yamlReason(code: string, message: string): Bilingual {
  const technical = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return yamlMistakes[code] ?? { fr: technical, nl: technical };
}

const isFence = (line: string | undefined) => line?.trimEnd() === '---';

/** A file's text, split at its frontmatter's fences. */
interface Split {
  text: string;
  /** Index of the opening `---` line; -1 without frontmatter. */
  open: number;
  yaml: string;
  /** The text after the frontmatter (all of it without one). */
  body: string;
}

/** The frontmatter's fields: a list or a lone value there gives none (the schema then says which are missing). */
const asFields = (data: unknown): Record<string, unknown> =>
  data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};

function split(bytes: Uint8Array, file: string): Split | { problems: Problem[] } {
  const decoded = decodeSource(bytes);
  if ('problem' in decoded) {
    const text = { empty: messages.emptyFile, notText: messages.notText, notUtf8: messages.notUtf8 }[decoded.problem];
    return { problems: [error(file, text())] };
  }
  const { text } = decoded;
  const lines = text.split('\n');
  // Astro allows blank lines before the opening ---.
  const open = lines.findIndex((line) => line.trim() !== '');
  if (!isFence(lines[open])) return { text, open: -1, yaml: '', body: text };
  const close = lines.findIndex((line, i) => i > open && isFence(line));
  if (close < 0) return { problems: [error(file, messages.frontmatterNotClosed(), { line: open + 1 })] };
  return { text, open, yaml: lines.slice(open + 1, close).join('\n'), body: lines.slice(close + 1).join('\n') };
}

/**
 * A file's text and frontmatter, or every problem that stops it being read. Most files are
 * plain: Astro's reader (js-yaml) reads them, and the thorough reading (the `yaml` package,
 * which knows where every field is) is done only when a message needs a line, or when the
 * frontmatter has something the two readers might take differently (`quickly` below). The
 * outcome is the same either way (tests/unit/source-text-readers.test.ts).
 */
export function readSource(bytes: Uint8Array, file: string): ReadSource | { problems: Problem[] } {
  const s = split(bytes, file);
  if ('problems' in s) return s;
  return (s.open >= 0 && quickly(s)) || thoroughly(s, file);
}

/** The same, always read with the `yaml` package: what the quick reading must agree with. */
export function readSourceThoroughly(bytes: Uint8Array, file: string): ReadSource | { problems: Problem[] } {
  const s = split(bytes, file);
  return 'problems' in s ? s : thoroughly(s, file);
}

/**
 * Whether a frontmatter is written only in the shapes the two readers surely read alike, line by
 * line: `key: value` and `- value` (nested at any depth), with a value that is plain text, a
 * quoted text closed on its line, a one-line list without quotes (`[a, b]`), nothing, or a block
 * text (`|`, `>`) on the lines below; blank lines and comments. Anything else goes to the
 * thorough reading, where the readers differ or the `yaml` package names the mistake better
 * (tests/unit/source-text-readers.test.ts tries thousands of mistakes on both): tabs, tags
 * (`!`), anchors and aliases (`&`, `*`), merge keys, complex keys, directives, numbers with `_`
 * (js-yaml reads `1_000` as a number, the `yaml` package as text), a comment stuck to a closing
 * quote, a quoted text that goes on to the next line (js-yaml reads more of those).
 */
export function plainLayout(yaml: string): boolean {
  if (/[\t!&*]|<<|\d_|_\d/.test(yaml)) return false;
  let block = -1; // Inside a block text: the indentation of its key.
  for (const line of yaml.split('\n')) {
    const indent = /^ */.exec(line)![0].length;
    if (block >= 0) {
      if (indent > block || !line.trim()) continue;
      block = -1;
    }
    if (!line.trim() || line[indent] === '#') continue;
    const shape = plainLine.exec(line);
    if (!shape) return false;
    if (shape[1]) block = indent;
  }
  return true;
}

const key = String.raw`[A-Za-z_][\w-]*: *`;
const value = [
  // Plain text: a # only inside a word (else a comment follows), a : only before a non-space.
  String.raw`[^\s"'\[\]{}|>!&*%@` + '`' + String.raw`#?,:-](?:[^#:]|(?<=\S)#|:(?=\S))*?`,
  String.raw`-[^\s#:](?:[^#:]|(?<=\S)#|:(?=\S))*?`, // plain text starting with - (not an item)
  String.raw`"(?:[^"\\]|\\.)*"`,
  String.raw`'(?:[^']|'')*'`,
  String.raw`\[[^\[\]{}"'#:]*\]`,
].join('|');
/** One line: items (`- `), a key or not, then a value or a block text's indicator (group 1). */
const plainLine = new RegExp(String.raw`^ *(?:- +)*(?:${key})?(?:([|>][-+1-9]{0,2})|(?:${value}))?(?: +#.*)? *$`);

/** The same dates for js-yaml. */
const checkedTimestamp = new YamlType('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (text: string | null) => text !== null && (dateOnly.test(text) || dateTime.test(text)),
  construct: realDate,
  instanceOf: Date,
});
/** js-yaml's own schema (Astro's), its dates read as above (a type of the same tag replaces the other). */
const quickSchema = DEFAULT_SCHEMA.extend({ implicit: [checkedTimestamp] });

/** A plain frontmatter read by js-yaml alone; null when it needs the thorough reading. */
function quickly(s: Split): ReadSource | null {
  if (!plainLayout(s.yaml)) return null;
  let data: unknown;
  try {
    data = loadLikeAstro(s.yaml, { schema: quickSchema });
  } catch {
    return null; // The thorough reading says what is wrong, in the author's words.
  }
  return sourceRead(s, data, () => parsed(s));
}

/** A reading's outcome: its fields, and their lines worked out from `tree` on the first ask. */
function sourceRead(s: Split, data: unknown, tree: () => ReturnType<typeof parsed>): ReadSource {
  let found: FieldPositions | undefined;
  return { text: s.text, data: asFields(data), body: s.body, positions: () => (found ??= positionsOf(tree())) };
}

function parsed(s: Split) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(s.yaml, { customTags: [timestamp], uniqueKeys: true, lineCounter, prettyErrors: false });
  // Lines in the file: the frontmatter starts on the line after the opening ---.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + s.open + 1;
  return { doc, lineOf };
}

function thoroughly(s: Split, file: string): ReadSource | { problems: Problem[] } {
  const { text, open, yaml, body } = s;
  // No frontmatter: no fields, so no lines.
  if (open < 0) {
    const none: FieldPositions = { keyLines: new Map(), fieldLines: new Map() };
    return { text, data: {}, body, positions: () => none };
  }
  const { doc, lineOf } = parsed(s);
  const yamlLines = yaml.split('\n');
  // One message per line: a YAML mistake often makes the reader stumble several times on it.
  const seen = new Set<number>();
  const problems = doc.errors.flatMap((e) => {
    const line = lineOf(e.pos[0]);
    if (seen.has(line)) return [];
    seen.add(line);
    if (e.code === 'TAB_AS_INDENT') return [error(file, messages.tabIndentation(), { line })];
    if (e.code === 'DUPLICATE_KEY') {
      const at = line - open - 2;
      const written = /^(\s*(?:-\s+)?)([^:#]+?)\s*:/.exec(yamlLines[at] ?? '');
      const key = written?.[2] ?? '';
      const first = yamlLines.findIndex((l, i) => i < at && l.startsWith(`${written?.[1] ?? ''}${key}`));
      return [error(file, messages.duplicateKey(key, first + open + 2), { line, field: key || undefined })];
    }
    return [error(file, messages.frontmatterUnreadable(yamlReason(e.code, e.message)), { line })];
  });
  // Whatever this reader accepts, Astro's own (js-yaml) must read too, or the build would stop
  // with a stack trace: an unknown !tag, say, is only a warning here.
  for (const warning of doc.warnings) {
    problems.push(error(file, messages.frontmatterUnreadable(yamlReason(warning.code, warning.message)), { line: lineOf(warning.pos[0]) }));
  }
  if (!problems.length) {
    try {
      loadLikeAstro(yaml);
    } catch (e) {
      if (!(e instanceof YAMLException)) throw e;
      const reason = { fr: e.reason, nl: e.reason };
      problems.push(error(file, messages.frontmatterUnreadable(reason), { line: e.mark.line + open + 2 }));
    }
  }
  if (problems.length) return { problems };

  return sourceRead(s, doc.toJS(), () => ({ doc, lineOf }));
}

function positionsOf({ doc, lineOf }: ReturnType<typeof parsed>): FieldPositions {
  const keyLines = new Map<string, number>();
  const fieldLines = new Map<string, number>();
  const walk = (node: Node | null | undefined, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const line = isScalar(pair.key) && pair.key.range ? lineOf(pair.key.range[0]) : undefined;
        const at = path ? `${path}.${key}` : key;
        if (line !== undefined) {
          if (!keyLines.has(key)) keyLines.set(key, line);
          fieldLines.set(at, line);
        }
        walk(pair.value as Node, at);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const at = `${path}[${i + 1}]`;
        const range = (item as Node).range;
        if (range) fieldLines.set(at, lineOf(range[0]));
        walk(item as Node, at);
      });
    }
  };
  walk(doc.contents, '');
  return { keyLines, fieldLines };
}
