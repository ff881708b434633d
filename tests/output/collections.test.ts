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

  it('shows the past months without a theme as one line, not as empty boxes', () => {
    const $ = page(dist, 'brusano.brussels', '/prevention/2024/');
    expect($('[data-calendar=2024] [data-month]')).toHaveLength(3);
    const gaps = $('[data-calendar=2024] .calendar-gap');
    expect(gaps).toHaveLength(1);
    expect(gaps.attr('data-from')).toBe('2024-01');
    expect(gaps.attr('data-to')).toBe('2024-09');
    expect(gaps.text()).toBe('Janvier\u2009–\u2009septembre 2024 : pas de thème');
    expect($('[data-month="2024-10"] a').text()).toMatch(/sein/i);
  });

  it.each([...hosts])('shows the theme of the month on the home page of %s', (host) => {
    const home = plan.find((p) => p.host === host && p.ref.kind === 'home')!;
    const $ = page(dist, host, home.path);
    expect($('[data-theme-of-month] [data-theme-link]').attr('data-month')).toBe('2025-10');
    expect($('[data-theme-pending]')).toHaveLength(0);
  });
});

describe('a month whose theme is not announced yet (build date 15 November 2026, sample calendar ends December 2025)', () => {
  const later = distDir(testBuilds.later);
  const laterPlan = pagePlan(testBuilds.later);
  const words = {
    fr: {
      heading: 'Dernier thème du mois — décembre 2025',
      pending: "Le thème de novembre 2026 n'est pas encore annoncé.",
      upcoming: 'Novembre\u2009–\u2009décembre 2026 : thèmes pas encore annoncés',
      past: 'Janvier\u2009–\u2009octobre 2026 : pas de thème',
    },
    nl: {
      heading: 'Laatste thema van de maand — december 2025',
      pending: 'Het thema van november 2026 is nog niet aangekondigd.',
      upcoming: "November–december 2026: thema's nog niet aangekondigd",
      past: 'Januari–oktober 2026: geen thema',
    },
  } as const;

  it.each([...hosts])(
    'the home of %s shows the latest theme, labelled with its month, and links to the calendar',
    (host) => {
      for (const home of laterPlan.filter((p) => p.host === host && p.ref.kind === 'home')) {
        const $ = page(later, host, home.path);
        const box = $('[data-theme-of-month]');
        expect(box.find('h2').text().trim()).toBe(words[home.lang].heading);
        expect(box.find('[data-theme-pending]').text()).toBe(words[home.lang].pending);
        const theme = box.find('[data-theme-link]');
        expect(theme.attr('data-month')).toBe('2025-12');
        const themePage = laterPlan.find(
          (p) => p.entry?.key === '2025-12-hiv-stis' && p.host === host && p.lang === home.lang,
        )!;
        expect(theme.attr('href')).toBe(themePage.path);
        const calendar = laterPlan.find(
          (p) => p.host === host && p.lang === home.lang && p.ref.kind === 'preventionIndex',
        )!;
        expect(box.find('[data-calendar-link]').attr('href')).toBe(calendar.path);
      }
    },
  );

  it.each([
    ['bassin-sud.brussels', 'fr'],
    ['zorgzone-zuid.brussels', 'nl'],
  ] as const)('on %s the calendar opens on 2025, the latest year with themes', (host, lang) => {
    const index = laterPlan.find((p) => p.host === host && p.lang === lang && p.ref.kind === 'preventionIndex')!;
    const $ = page(later, host, index.path);
    expect($('[data-calendar]').attr('data-calendar')).toBe('2025');
    expect($('[data-calendar] [data-month]')).toHaveLength(12);
    expect($('.year-nav [aria-current=page]').text()).toBe('2025');
  });

  it.each([
    ['bassin-sud.brussels', 'fr'],
    ['zorgzone-zuid.brussels', 'nl'],
  ] as const)('on %s the year 2026 is two short lines, not twelve empty boxes', (host, lang) => {
    const year = laterPlan.find(
      (p) => p.host === host && p.lang === lang && p.ref.kind === 'preventionYear' && p.ref.year === 2026,
    )!;
    const $ = page(later, host, year.path);
    expect($('[data-calendar] [data-month]')).toHaveLength(0);
    const gaps = $('[data-calendar] .calendar-gap')
      .toArray()
      .map((g) => ({ from: g.attribs['data-from'], to: g.attribs['data-to'], text: $(g).text() }));
    expect(gaps).toEqual([
      { from: '2026-01', to: '2026-10', text: words[lang].past },
      { from: '2026-11', to: '2026-12', text: words[lang].upcoming },
    ]);
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
