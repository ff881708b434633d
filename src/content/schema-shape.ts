/**
 * Reading the shape of the contract's zod schemas (field types, wrappers, checks): what the web
 * editor's configuration and the canonical file form are both derived from.
 */
import type { z } from 'astro/zod';

/** The parts of a zod 4 schema definition these readers use. */
export type SchemaDef = {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: Array<{ _zod: { def: { check: string; pattern?: RegExp; maximum?: number; format?: string } } }>;
  format?: string;
};

export const defOf = (schema: z.ZodType) => schema.def as unknown as SchemaDef;

/** The schema under its optional/default/nullable/pipe wrappers, and whether it may be left out. */
export function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let optional = false;
  let inner = schema;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'default') optional = true;
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType)
      inner = def.innerType;
    else if (def.type === 'pipe' && def.in) inner = def.in;
    else return { inner, optional };
  }
}
