/**
 * The components authors may use in .mdx entries, by name: what `npm run check` allows (it
 * cannot load .astro files). `index.ts` maps each name to its component, and the type checker
 * keeps the two lists the same.
 */
export const mdxComponentNames = ['Callout', 'ContactCard', 'Figure', 'Services', 'Step', 'Video'] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];
