/** Menus derived from the plan: an item appears only if its page is built on this site. */
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
  const lists: Array<[string, PageRef]> = [
    [t.collections.focus, { kind: 'focusIndex' }],
    [t.collections.prevention, { kind: 'preventionIndex' }],
    [t.collections.consultations, { kind: 'consultationsIndex' }],
    [t.collections.zinneke, { kind: 'zinnekeIndex' }],
  ];
  return [
    ...lists.flatMap(([label, ref]) => item(ctx, label, ctx.link(ref))),
    ...item(ctx, t.helpdesk, ctx.linkToEntry('pages', `${site.id}/helpdesk`)),
    ...item(ctx, t.sitePages, ctx.linkToEntry('pages', `${site.id}/about`)),
  ];
}

/** Site-wide pages linked from every footer (accessibility statement, legal notice, …). */
export function footerLinks(ctx: PageContext, pages: ReadonlyArray<{ key: string; title: string }>): NavItem[] {
  return pages.flatMap((p) => item(ctx, p.title, ctx.linkToEntry('pages', p.key)));
}
