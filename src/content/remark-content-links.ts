/** Placeholder: cross-reference links (`focus:key`) are resolved here (issue 4). */
export function remarkContentLinks() {
  return () => {};
}
