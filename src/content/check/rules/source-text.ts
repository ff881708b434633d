/**
 * Reading an entry file as the build will: its bytes as text (empty, not text, not UTF-8), then
 * its frontmatter (never closed, tabs, a key written twice, a syntax error), with the line of
 * every field. Dates are read as Astro's YAML parser reads them, except that an impossible date
 * (30 February, month 13) is kept as written, so that the contract refuses it instead of
 * publishing another day.
 */
import { load as loadLikeAstro, YAMLException } from 'js-yaml';
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
const timestamp: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  default: true,
  test: new RegExp(`${dateOnly.source}|${dateTime.source}`),
  resolve(text: string) {
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
  },
};

export interface ReadSource {
  text: string;
  data: Record<string, unknown>;
  body: string;
  /** The line of each frontmatter key's first appearance, by key name. */
  keyLines: Map<string, number>;
  /** The line of each field, by its path as messages name it (`webinar.date`, `initiatives[2].url`). */
  fieldLines: Map<string, number>;
}

/** A common mistake in the author's words; else the YAML reader's first sentence, without its position. */
function yamlReason(code: string, message: string): Bilingual {
  const technical = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return yamlMistakes[code] ?? { fr: technical, nl: technical };
}

const isFence = (line: string | undefined) => line?.trimEnd() === '---';

/** A file's text and frontmatter, or every problem that stops it being read. */
export function readSource(bytes: Uint8Array, file: string): ReadSource | { problems: Problem[] } {
  const decoded = decodeSource(bytes);
  if ('problem' in decoded) {
    const text = { empty: messages.emptyFile, notText: messages.notText, notUtf8: messages.notUtf8 }[decoded.problem];
    return { problems: [error(file, text())] };
  }
  const { text } = decoded;
  const lines = text.split('\n');
  // Astro allows blank lines before the opening ---.
  const open = lines.findIndex((line) => line.trim() !== '');
  if (!isFence(lines[open])) {
    return { text, data: {}, body: text, keyLines: new Map(), fieldLines: new Map() };
  }
  const close = lines.findIndex((line, i) => i > open && isFence(line));
  if (close < 0) return { problems: [error(file, messages.frontmatterNotClosed(), { line: open + 1 })] };

  const yaml = lines.slice(open + 1, close).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { customTags: [timestamp], uniqueKeys: true, lineCounter, prettyErrors: false });
  // Lines in the file: the frontmatter starts on the line after the opening ---.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + open + 1;
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

  const data = doc.toJS() as unknown;
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
  return {
    text,
    data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    body: lines.slice(close + 1).join('\n'),
    keyLines,
    fieldLines,
  };
}
