import { collectionSpecs } from '../../src/content/contract.ts';
import type { ContentIndex } from '../../src/routing/plan.ts';

/** A content index with the given entries and every other collection empty, for planning pages in unit tests. */
export function contentIndex(entries: Partial<ContentIndex>): ContentIndex {
  const empty = Object.fromEntries(Object.keys(collectionSpecs).map((name) => [name, []])) as unknown as ContentIndex;
  return { ...empty, ...entries };
}
