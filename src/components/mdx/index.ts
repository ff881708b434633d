/**
 * Components authors may use in .mdx entries without importing them
 * (documented in docs/authoring.md). Plain .md entries need none of them.
 */
import Callout from './Callout.astro';
import ContactCard from './ContactCard.astro';
import Figure from './Figure.astro';
import Services from './Services.astro';
import Step from './Step.astro';
import Video from './Video.astro';
import type { MdxComponentName } from './names.ts';

export const mdxComponents = { Callout, ContactCard, Figure, Services, Step, Video } satisfies Record<
  MdxComponentName,
  unknown
>;
