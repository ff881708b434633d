/** Menus derived from the plan: an item appears only if its page is built on this site. */
import type { CollectionName } from '../content/contract.ts';
import type { UiStrings } from '../i18n/strings.ts';
import type { Language } from '../sites/types.ts';
import type { PageContext } from './context.ts';
import type { PageRef } from './urls.ts';

export interface NavItem {
  label: string;
  href: string;
  current: boolean;
}

function item(ctx: PageContext, label: string, href: string | null): NavItem[] {
  if (!href) return [];
  const here = ctx.page.path;
  const target = href.startsWith('/') ? href : new URL(href).pathname;
  return [{ label, href, current: here === target || (target !== ctx.edition.basePath && here.startsWith(target)) }];
}

export function mainNavigation(ctx: PageContext): NavItem[] {
  const { t, site } = ctx;
  return [
    ...(Object.keys(sectionIndexes) as Section[]).flatMap((s) =>
      item(ctx, t.collections[s], ctx.link(sectionIndexes[s])),
    ),
    ...item(ctx, t.helpdesk, ctx.linkToEntry('pages', `${site.id}/helpdesk`)),
    ...item(ctx, t.sitePages, ctx.linkToEntry('pages', `${site.id}/about`)),
  ];
}

/** Site-wide pages linked from every footer (accessibility statement, legal notice, …). */
export function footerLinks(ctx: PageContext, pages: ReadonlyArray<{ key: string; title: string }>): NavItem[] {
  return pages.flatMap((p) => item(ctx, p.title, ctx.linkToEntry('pages', p.key)));
}

export type Section = keyof UiStrings['collections'];

/** The section (and so the list page) an entry belongs to; site pages belong to none. */
export function sectionOf(collection: CollectionName): Section | null {
  switch (collection) {
    case 'focus':
      return 'focus';
    case 'prevention':
    case 'initiatives':
      return 'prevention';
    case 'consultations':
      return 'consultations';
    case 'zinnekeIssues':
    case 'zinnekeArticles':
      return 'zinneke';
    case 'pages':
      return null;
  }
}

export const sectionIndexes: Record<Section, PageRef> = {
  focus: { kind: 'focusIndex' },
  prevention: { kind: 'preventionIndex' },
  consultations: { kind: 'consultationsIndex' },
  zinneke: { kind: 'zinnekeIndex' },
};

/**
 * Where the untranslated notice sends a reader of `lang`: the list of the same section in that
 * language, else that language's home.
 */
export function untranslatedTarget(ctx: PageContext, lang: Language): { href: string; section: Section | null } {
  const section = ctx.page.entry ? sectionOf(ctx.page.entry.collection) : null;
  const href = section && ctx.link(sectionIndexes[section], { lang });
  return href ? { href, section } : { href: ctx.link({ kind: 'home' }, { lang })!, section: null };
}
