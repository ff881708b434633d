/**
 * What `make` gave for `key`, computed once and kept in `made` (a Map, or a WeakMap keyed by an
 * object). The build renders thousands of pages from one set of content: lookups, groupings and
 * formatted dates that every page asks for are worked out on the first ask.
 */
export function remembered<K, V>(
  made: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: () => V,
): V {
  let value = made.get(key);
  if (value === undefined) {
    value = make();
    made.set(key, value);
  }
  return value;
}
