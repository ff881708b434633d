/**
 * Ranking results that come from separate Pagefind instances (this site, the other sites):
 * pure, so the browser script stays thin.
 */

/** The best `count` across lists by Pagefind's score, as Pagefind ranks its own merged indexes. */
export function bestByScore<R extends { score: number }>(lists: ReadonlyArray<readonly R[]>, count: number): R[] {
  return lists
    .flat()
    .sort((a, b) => b.score - a.score)
    .slice(0, count);
}

/**
 * The newest `count` across lists already sorted newest first (each instance sorts its own):
 * the first `count` of each list suffice. Undated results go last, in their order.
 */
export function newestFirst<D extends { meta: Record<string, string | undefined> }>(
  lists: ReadonlyArray<readonly D[]>,
  count: number,
): D[] {
  return lists
    .flatMap((list) => list.slice(0, count))
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (b.item.meta.date ?? '').localeCompare(a.item.meta.date ?? '') || a.index - b.index)
    .slice(0, count)
    .map(({ item }) => item);
}

/** Whether the other sites' results are wanted: the reader chose every site, or this site found few. */
export function wantsNetwork(scope: 'site' | 'network', siteResults: number, widenBelow: number): boolean {
  return scope === 'network' || siteResults < widenBelow;
}

/** A count sentence for `n`, from the three forms the build wrote. */
export function countText(counts: Record<'zero' | 'one' | 'many', string>, n: number): string {
  return n === 0 ? counts.zero : n === 1 ? counts.one : counts.many.replace('{n}', String(n));
}

/**
 * Results without the pages already listed: an entry shown on several sites (a prevention month,
 * the legal notice) is listed once, where it ranks first. `seen` holds the entries listed above.
 */
export function withoutRepeats<D extends { meta: Record<string, string | undefined> }>(
  results: readonly D[],
  seen: Set<string> = new Set(),
): D[] {
  return results.filter((r) => {
    const entry = r.meta.entry;
    if (!entry) return true;
    if (seen.has(entry)) return false;
    seen.add(entry);
    return true;
  });
}
