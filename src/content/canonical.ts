/**
 * The canonical form of content files: exactly what the web editor (Sveltia CMS) writes when it
 * saves an entry, so that saving an entry in the editor changes only the lines that were edited.
 * Same YAML library and options as the editor (`yaml` v2: no quotes unless needed, no line
 * folding), fields in the contract's order, unknown keys sorted after them, strings trimmed,
 * empty optional fields left out, one blank line between the frontmatter and the text.
 * `npm run format:content` and `npm run new` write this form; pure functions.
 */
import { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import { schemas, themeSchema, type CollectionName } from './contract.ts';
import { defOf, unwrap } from './schema-shape.ts';

/** The editor's YAML output: `output.yaml` defaults of Sveltia CMS (quote: none). */
const yamlOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  defaultKeyType: 'PLAIN',
  defaultStringType: 'PLAIN',
  singleQuote: true,
} as const;

/** How the editor sorts keys it has no field for (Intl.Collator, numeric, base sensitivity). */
const compare = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare;

/** Only the shape of the schemas matters here, not how an image is validated. */
const shapes = schemas(z.string());
const themeList = z.array(themeSchema);


/** The fields of an object schema, or of a union of object schemas (an image: src + alt or decorative). */
export function objectFields(schema: z.ZodType): Array<[string, z.ZodType]> | undefined {
  const def = defOf(unwrap(schema).inner);
  if (def.shape) return Object.entries(def.shape);
  if (def.type === 'union' && def.options?.every((o) => defOf(o).shape)) {
    const fields = new Map<string, z.ZodType>();
    for (const option of def.options) for (const [k, v] of Object.entries(defOf(option).shape!)) if (!fields.has(k)) fields.set(k, v);
    return [...fields];
  }
  return undefined;
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0)
  );
}

/** A value in the editor's order: known fields in schema order, then unknown keys sorted. */
function ordered(value: unknown, schema: z.ZodType | undefined): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) {
    const element = schema ? defOf(unwrap(schema).inner).element : undefined;
    return value.map((item) => ordered(item, element));
  }
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const fields = new Map(schema ? (objectFields(schema) ?? []) : []);
  const out: Record<string, unknown> = {};
  for (const [key, field] of fields) {
    if (!(key in record)) continue;
    const item = ordered(record[key], field);
    if (isEmpty(item) && unwrap(field).optional) continue;
    out[key] = item;
  }
  for (const key of Object.keys(record)
    .filter((k) => !fields.has(k))
    .sort(compare)) {
    out[key] = ordered(record[key], undefined);
  }
  return out;
}

/** An entry file as the editor writes it, from its fields and text. */
export function formatEntry(collection: CollectionName, data: Record<string, unknown>, body: string): string {
  const head = stringify(ordered(data, shapes[collection]), yamlOptions).trim();
  const text = body.trim();
  return `---\n${head}\n---\n${text ? `\n${text}\n` : ''}`;
}

const frontmatter = /^---\n(?<head>[\s\S]*?)\n---(?:\n(?<body>[\s\S]*))?$/;

/** An entry file rewritten in the canonical form (same fields, values and text). */
export function canonicalEntry(collection: CollectionName, text: string): string {
  const match = frontmatter.exec(text.replace(/\r\n/g, '\n'));
  if (!match) throw new Error('no frontmatter between --- lines');
  const data = (parse(match.groups!.head!) ?? {}) as Record<string, unknown>;
  return formatEntry(collection, data, match.groups!.body ?? '');
}

/** The theme list as the editor writes it. */
export function formatThemes(themes: ReadonlyArray<Record<string, unknown>>): string {
  return `${stringify(ordered(themes, themeList), yamlOptions).trim()}\n`;
}

/** content/themes.yml rewritten in the canonical form. */
export function canonicalThemes(text: string): string {
  return formatThemes(parse(text) as Array<Record<string, unknown>>);
}
