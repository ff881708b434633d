/**
 * The web editor's fields, from the content contract's schemas: one editor field per contract
 * field, in the contract's order, required when the contract requires it, with the checker's
 * hints and words for wrong values. Pure; a field the contract has and this cannot show throws,
 * so a new kind of field is noticed by the tests, not by authors.
 */
import type { Field } from '@sveltia/cms';
import type { z } from 'astro/zod';
import { fieldMeta, type CollectionName } from '../content/contract.ts';
import type { Theme } from '../content/check/rules/files.ts';
import { messages } from '../content/check/messages.ts';
import {
  fieldHints,
  invalidValue,
  textTooLong,
  unknownValue,
  type FieldMessage,
} from '../content/check/field-messages.ts';
import type { Bilingual } from '../sites/types.ts';
import { fieldLabels, optionLabels, yesLabel } from './labels.ts';
import { defOf, unwrap } from '../content/schema-shape.ts';

/** Both languages in one string, as the checker prints them; once when they are the same. */
export function bilingual(text: Bilingual): string {
  return text.fr === text.nl ? text.fr : `${text.fr} / ${text.nl}`;
}

/** A checker message as the editor shows it under a field: what is wrong, then how to fix it. */
export function checkerWords(m: Pick<FieldMessage, 'message' | 'fix'>): string {
  return bilingual({ fr: `${m.message.fr} ${m.fix.fr}`, nl: `${m.message.nl} ${m.fix.nl}` });
}

export interface FieldContext {
  themes: readonly Theme[];
  /** The editor collection holding a contract collection's entries (for references). */
  editorCollection: (collection: CollectionName) => string;
  /** Whether the entries have a file per language (false for the theme list). */
  translated: boolean;
}

/**
 * A field's label; a field new to the contract shows under its name (as `npm run check` names it)
 * until it gets words in labels.ts, so adding a field stays one change.
 */
function label(name: string): string {
  const text = fieldLabels[name];
  return text ? bilingual(text) : name;
}

const anchored = (alternatives: readonly string[]) =>
  `^(${alternatives.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;

/**
 * A text field's own rule as the editor's pattern, with the checker's words for a value that
 * breaks it; for a format (not a length limit), the checker's hint of what it expects.
 */
function textField(name: string, schema: z.ZodType): { pattern?: [string, string]; hint?: string } {
  const def = defOf(schema);
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const regex = checks.find((c) => c.format === 'regex')?.pattern;
  const max = checks.find((c) => c.check === 'max_length')?.maximum;
  if (regex && max !== undefined) throw new Error(`The field '${name}' has both a pattern and a maximum length`);
  if (max !== undefined) return { pattern: [`^[\\s\\S]{0,${max}}$`, checkerWords(textTooLong(name, max))] };
  const format = regex?.source ?? (def.format === 'url' ? '^https?://\\S+$' : undefined);
  if (!format) return {};
  const hint = fieldHints[name];
  return { pattern: [format, checkerWords(invalidValue(name))], ...(hint && { hint: bilingual(hint) }) };
}

/** One field of the editor from one field of the contract. */
export function editorField(name: string, schema: z.ZodType, ctx: FieldContext, sharedParent = false): Field {
  const { inner, optional } = unwrap(schema);
  const meta = fieldMeta(schema);
  const def = defOf(inner);
  const shared = sharedParent || Boolean(meta.shared);
  const common = {
    name,
    label: label(name),
    required: !optional,
    ...(ctx.translated ? { i18n: shared ? ('duplicate' as const) : true } : {}),
  };

  switch (meta.kind) {
    case 'day':
      return { ...common, widget: 'datetime', type: 'date' };
    case 'dateTime':
      // Written as the checker reads it: Brussels wall-clock time, `2025-03-01 09:00`.
      return { ...common, widget: 'datetime', type: 'datetime-local', format: 'YYYY-MM-DD HH:mm' };
    case 'paragraph':
      return { ...common, widget: 'text', ...textField(name, inner) };
    case 'image':
      return { ...common, widget: 'image', choose_url: false };
    case 'file':
      // A download beside the entry, recorded by its bare file name like the existing ones.
      return { ...common, widget: 'file', choose_url: false, public_folder: '' };
    case 'theme': {
      const keys = ctx.themes.map((t) => t.key);
      return {
        ...common,
        widget: 'select',
        options: ctx.themes.map((t) => ({ label: bilingual(t), value: t.key })),
        pattern: [anchored(keys), checkerWords(messages.unknownTheme(undefined, keys))],
      };
    }
    case 'reference': {
      if (!meta.collection) throw new Error(`The reference field '${name}' names no collection`);
      return {
        ...common,
        widget: 'relation',
        collection: ctx.editorCollection(meta.collection),
        value_field: '{{slug}}',
        display_fields: ['{{slug}} · {{title}}'],
        search_fields: ['title'],
      };
    }
  }

  switch (def.type) {
    case 'string':
      return {
        ...common,
        widget: 'string',
        ...(def.format === 'url' && { type: 'url' as const }),
        ...textField(name, inner),
      };
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      const labels = optionLabels[name];
      const option = (value: string) =>
        labels ? { label: bilingual({ fr: labels('fr')[value]!, nl: labels('nl')[value]! }), value } : value;
      return {
        ...common,
        widget: 'select',
        options: values.map(option),
        pattern: [anchored(values), checkerWords(unknownValue(name, values))],
      };
    }
    case 'number': {
      const number = inner as z.ZodNumber;
      const checks = (def.checks ?? []).map(
        (c) => c._zod.def as { check: string; value?: number; inclusive?: boolean },
      );
      const bound = (check: string, step: number) => {
        const c = checks.find((x) => x.check === check);
        if (c?.value === undefined || Math.abs(c.value) >= Number.MAX_SAFE_INTEGER) return undefined;
        // An integer above 0 starts at 1.
        return c.inclusive === false && number.isInt ? c.value + step : c.value;
      };
      const min = bound('greater_than', 1);
      const max = bound('less_than', -1);
      return {
        ...common,
        widget: 'number',
        value_type: number.isInt ? 'int' : 'float',
        ...(min !== undefined && { min }),
        ...(max !== undefined && { max }),
      };
    }
    case 'boolean':
    case 'literal': {
      if (def.type === 'literal' && def.values?.[0] !== true)
        throw new Error(`The field '${name}' is a literal other than true`);
      if (def.type === 'boolean' && !optional) throw new Error(`The field '${name}' is a required yes/no`);
      // Only `true` is ever written: a file without the field keeps it absent (a checkbox would
      // write `false` into every file it saves).
      return { ...common, widget: 'select', options: [{ label: bilingual(yesLabel), value: true }] };
    }
    case 'object':
      return {
        ...common,
        widget: 'object',
        fields: Object.entries(def.shape!).map(([k, v]) => editorField(k, v, ctx, shared)),
      };
    case 'union': {
      // An image: `src` with `alt`, or `src` with `decorative`. One object with every field; a
      // field is required when every alternative requires it.
      const alternatives = (def.options ?? []).map((o) => defOf(o).shape);
      if (!alternatives.length || alternatives.some((s) => !s))
        throw new Error(`The field '${name}' is a union the editor cannot show`);
      const names = [...new Set(alternatives.flatMap((s) => Object.keys(s!)))];
      return {
        ...common,
        widget: 'object',
        fields: names.map((k) => {
          const field = alternatives.find((s) => s![k])![k]!;
          const everywhere = alternatives.every((s) => s![k] && !unwrap(s![k]).optional);
          return { ...editorField(k, field, ctx, shared), required: everywhere };
        }),
      };
    }
    case 'array': {
      const element = def.element!;
      const elementDef = defOf(unwrap(element).inner);
      if (elementDef.type === 'object') {
        const fields = Object.entries(elementDef.shape!).map(([k, v]) => editorField(k, v, ctx, shared));
        const first = fields[0]!.name;
        return { ...common, widget: 'list', fields, summary: `{{fields.${first}}}` };
      }
      const item = editorField(name, element, ctx, shared);
      return { ...common, widget: 'list', field: { ...item, label: common.label } };
    }
  }
  throw new Error(`The web editor cannot show the field '${name}' (${def.type})`);
}
