/** References: cross-reference links in the text and a Focus's `related` list point to entries that exist. */
import { relatedPattern } from '../../contract.ts';
import { findReferences, parseReference } from '../../cross-references.ts';
import { messages } from '../messages.ts';
import { error, type Problem, type Where } from '../problems.ts';
import { at, type CheckContext } from '../source.ts';

export function checkReferences(ctx: CheckContext): Problem[] {
  const entries = new Set(ctx.files.map((f) => `${f.collection}|${f.key}`));
  return ctx.files.flatMap((f) => {
    // A `related` value of the wrong form was already reported by the schema.
    const listed = Array.isArray(f.data.related)
      ? (f.data.related as unknown[]).filter((r): r is string => typeof r === 'string' && relatedPattern.test(r))
      : [];
    const links: Array<{ href: string; where: Where }> = [
      ...findReferences(f.text).map(({ href, line }) => ({ href, where: { line } })),
      ...listed.map((href) => ({ href, where: at(f, 'related') })),
    ];
    return links
      .filter(({ href }) => {
        const target = parseReference(href);
        return !target || !entries.has(`${target.collection}|${target.key}`);
      })
      .map(({ href, where }) => error(f.rel, messages.brokenReference(href), where));
  });
}
