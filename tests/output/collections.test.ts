import { describe, expect, it } from 'vitest';
import { rubrics } from '../../src/content/contract.ts';
import { hosts, zones } from '../../src/sites/registry.ts';
import { distDir, pagePlan, testBuilds } from '../support/builds.ts';
import { htmlPages, page } from '../support/dist.ts';

const build = testBuilds.sample;
const dist = distDir(build);
const plan = pagePlan(build);
const firstOf = (kind: string, host: string) => plan.find((p) => p.ref.kind === kind && p.host === host)!;

describe('prevention calendar (build date fixed at 15 October 2025)', () => {
  it.each(['brusano.brussels', 'bassin-sud.brussels', 'zorgzone-noord.brussels'])(
    'marks October 2025 as the current month on %s',
    (host) => {
      const $ = page(dist, host, firstOf('preventionIndex', host).path);
      expect($('[data-calendar=2025] li')).toHaveLength(12);
      expect(
        $('[aria-current=date]')
          .toArray()
          .map((el) => el.attribs['data-month']),
      ).toEqual(['2025-10']);
      expect($('[data-month="2025-10"] a').attr('href')).toBeTruthy();
    },
  );

  it('says "not yet announced" for months without a theme', () => {
    const $ = page(dist, 'brusano.brussels', '/prevention/2024/');
    expect($('[data-month="2024-01"]').text()).toContain('Pas encore annoncé');
    expect($('[data-month="2024-10"] a').text()).toMatch(/sein/i);
  });

  it.each([...hosts])('shows the theme of the month on the home page of %s', (host) => {
    const home = plan.find((p) => p.host === host && p.ref.kind === 'home')!;
    const $ = page(dist, host, home.path);
    expect($('[data-theme-of-month] a').attr('href')).toBeTruthy();
  });
});

describe('prevention theme page and local initiatives', () => {
  const theme = plan.find((p) => p.entry?.key === '2025-10-breast-cancer' && p.host === 'bassin-sud.brussels')!;

  it("shows on a zone host only that zone's initiatives", () => {
    const $ = page(dist, theme.host, theme.path);
    expect(
      $('[data-initiatives] [data-zone]')
        .toArray()
        .map((el) => el.attribs['data-zone']),
    ).toEqual(['south']);
    expect($('[data-initiatives] li').length).toBeGreaterThan(0);
  });

  it('shows on the region all five zones, each linking to its own page for the theme', () => {
    const regional = plan.find(
      (p) => p.entry?.key === '2025-10-breast-cancer' && p.host === 'brusano.brussels' && p.lang === 'nl',
    )!;
    const $ = page(dist, regional.host, regional.path);
    expect(
      $('[data-initiatives] [data-zone]')
        .toArray()
        .map((el) => el.attribs['data-zone']),
    ).toEqual(zones.map((z) => z.id));
    expect($('[data-zone=south] h3 a').attr('href')).toMatch(/^https:\/\/zorgzone-zuid\.brussels\/preventie\//);
  });

  it('sorts dated initiatives and marks past ones', () => {
    const old = plan.find((p) => p.entry?.key === '2024-10-breast-cancer' && p.host === 'bassin-nord.brussels')!;
    const $ = page(dist, old.host, old.path);
    const dated = $('[data-initiatives] li time')
      .toArray()
      .map((el) => el.attribs.datetime!);
    expect(dated).toEqual([...dated].sort());
    expect($('[data-initiatives] li[data-past]').length).toBe($('[data-initiatives] li time').length);
  });
});

describe('consultation syntheses', () => {
  it('lists meetings per theme on a zone, numbered, with date and participants', () => {
    const themePage = plan.find(
      (p) => p.host === 'bassin-nord.brussels' && p.ref.kind === 'consultationTheme' && p.ref.theme === 'mental-health',
    )!;
    const $ = page(dist, themePage.host, themePage.path);
    const rows = $('tbody tr');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.first().find('th a').text()).toMatch(/n° 1/);
    expect(rows.first().find('td').last().text()).toBe('21');
  });

  it('gives each synthesis its findings, options and proposed priority actions', () => {
    const synthesis = plan.find((p) => p.host === 'zorgzone-zuid-oost.brussels' && p.ref.kind === 'consultation')!;
    const headings = page(
      dist,
      synthesis.host,
      synthesis.path,
    )('.prose h2')
      .toArray()
      .map((h) => page(dist, synthesis.host, synthesis.path)(h).text());
    expect(headings).toEqual(['Vaststellingen', 'Denksporen', 'Voorgestelde prioritaire acties']);
  });

  it('gives the region an overview across the five zones, chart and table with the same figures', () => {
    const $ = page(dist, 'brusano.brussels', '/concertations-thematiques/');
    const section = $('[data-consultation-theme=mental-health]');
    const participants = section
      .find('tbody tr td:last-child')
      .toArray()
      .map((td) => $(td).text());
    const bars = section
      .find('svg .chart-value')
      .toArray()
      .map((t) => $(t).text());
    expect(participants).toEqual(expect.arrayContaining(['30', '21', '35', '40']));
    expect(bars.sort()).toEqual(participants.filter((p) => p !== '—').sort());
    const links = section
      .find('tbody a')
      .toArray()
      .map((a) => a.attribs.href!);
    expect(links.every((l) => /^https:\/\/bassin-[a-z-]+\.brussels\/concertations-thematiques\//.test(l))).toBe(true);
    expect($('script').length).toBe(0);
  });
});

describe('Focus detail page', () => {
  const focusPage = (key: string, lang: 'fr' | 'nl') =>
    plan.find((p) => p.ref.kind === 'focus' && p.entry?.key === key && p.lang === lang)!;

  it.each(['fr', 'nl'] as const)('%s: table of contents, stepped levels, service directory and webinar', (lang) => {
    const p = focusPage('mental-health', lang);
    const $ = page(dist, p.host, p.path);
    const targets = $('nav.toc a')
      .toArray()
      .map((a) => a.attribs.href!);
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) expect($(target).length, target).toBe(1);
    expect(
      $('section.step')
        .toArray()
        .map((s) => s.attribs['data-step']),
    ).toEqual(['1', '2', '3']);
    expect($('[data-services] .service')).toHaveLength(3);
    expect($('[data-services] .service').first().find('dt').first().text()).toBe(
      lang === 'fr' ? 'Ce qu’il propose' : 'Wat ze aanbieden',
    );
    expect($('[data-webinar] time').attr('datetime')).toBe('2024-12-06');
    expect($('[data-webinar]').text()).toContain('188');
  });

  it.each(['fr', 'nl'] as const)(
    '%s: links the prevention themes and Zinneke articles of its theme or its related list',
    (lang) => {
      const p = focusPage('home-help-over-60', lang);
      const links = page(
        dist,
        p.host,
        p.path,
      )('aside.related a')
        .toArray()
        .map((a) => a.attribs.href!);
      const pathOf = (kind: string, key: string) =>
        plan.find((x) => x.ref.kind === kind && x.entry?.key === key && x.lang === lang && x.host === p.host)!.path;
      // Neither has the Focus's theme: both come from its `related` field.
      expect(links).toEqual([
        pathOf('prevention', '2025-07-hydration'),
        pathOf('zinnekeArticle', '01/neighbourhood-networks'),
      ]);
    },
  );
});

describe('Focus index', () => {
  it.each(['fr', 'nl'] as const)('%s: one section per theme, each card with its edition and update date', (lang) => {
    const index = plan.find((p) => p.ref.kind === 'focusIndex' && p.lang === lang)!;
    const $ = page(dist, index.host, index.path);
    const sections = $('[data-focus-theme]').toArray();
    // The sample content has the six existing Focus themes.
    expect(sections).toHaveLength(6);
    expect(new Set(sections.map((s) => s.attribs['data-focus-theme'])).size).toBe(sections.length);
    for (const section of sections) {
      const cards = $(section).find('.card');
      expect($(section).find('h2').text().trim()).not.toBe('');
      expect(cards.length).toBeGreaterThan(0);
      cards.each((_, card) => {
        expect($(card).find('.meta-line').text()).toMatch(/20\d\d/);
        expect($(card).find('.meta-line time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      });
    }
  });
});

describe('Zinneke', () => {
  it('lists the issues with responsive covers: AVIF and WebP at several widths, width, height and alt', () => {
    const index = plan.find((p) => p.ref.kind === 'zinnekeIndex' && p.lang === 'fr')!;
    const $ = page(dist, index.host, index.path);
    const covers = $('.card picture');
    expect(covers.length).toBe(2);
    covers.each((_, picture) => {
      for (const type of ['image/avif', 'image/webp']) {
        const widths = ($(picture).find(`source[type="${type}"]`).attr('srcset') ?? '').match(/\d+w/g) ?? [];
        expect(widths.length, type).toBeGreaterThan(1);
      }
      const img = $(picture).find('img');
      expect(img.attr('width')).toMatch(/^\d+$/);
      expect(img.attr('height')).toMatch(/^\d+$/);
      expect(img.attr('alt')).toMatch(/Zinneke/);
    });
  });

  it('prints the rubrics of an issue in their fixed order', () => {
    const issue = plan.find((p) => p.ref.kind === 'zinnekeIssue' && p.entry?.key === '02' && p.lang === 'nl')!;
    const order = page(
      dist,
      issue.host,
      issue.path,
    )('[data-rubric]')
      .toArray()
      .map((s) => s.attribs['data-rubric']);
    expect(order).toEqual(rubrics.filter((r) => order.includes(r)));
    expect(order).toHaveLength(5);
  });

  it('gives an article its rubric, issue, reading time and neighbours in the issue', () => {
    const article = plan.filter(
      (p) => p.ref.kind === 'zinnekeArticle' && p.lang === 'fr' && p.entry?.key.startsWith('01/'),
    )[1]!;
    const $ = page(dist, article.host, article.path);
    expect($('.meta').text()).toMatch(/min de lecture/);
    expect($('.meta').text()).toMatch(/Zinneke n° 1/);
    expect($('a[rel=prev], a[rel=next]').length).toBeGreaterThan(0);
  });
});

describe('content images', () => {
  it('every image in the main content has width, height and alt, and those below the fold load lazily', () => {
    const problems: string[] = [];
    let images = 0;
    for (const host of hosts) {
      for (const path of htmlPages(dist, host)) {
        const $ = page(dist, host, path);
        $('main img').each((_, img) => {
          images += 1;
          const a = img.attribs;
          if (!a.width || !a.height || a.alt === undefined) problems.push(`${host}${path}: ${a.src}`);
        });
      }
    }
    expect(images).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
