import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check/check-content.ts';
import { formatProblem, type Problem } from '../../src/content/check/problems.ts';
import { entryFile } from '../../src/content/layout.ts';
import { contentCommit } from '../support/git-repo.ts';
import { contentFixture, md } from '../support/content-fixture.ts';

let cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

const now = new Date('2025-03-15T10:00:00Z');

function check(changes: Record<string, string | Buffer | null>): Problem[] {
  const { root, cleanup } = contentFixture(changes);
  cleanups.push(cleanup);
  return checkContent({ root, base: root, now });
}
const errors = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');
const warnings = (problems: Problem[]) => problems.filter((p) => p.severity === 'warning');

const focusFr = (extra = '', body?: string) =>
  md(
    `title: Guide témoin\nsummary: Un guide.\nslug: guide-temoin\ntheme: testing\nupdated: 2025-01-15\nedition: 2025\n${extra}`,
    body,
  );

describe('npm run check: the minimal fixture', () => {
  it('has no error', () => {
    expect(errors(check({}))).toEqual([]);
  });
});

describe('npm run check catches each author mistake, naming the file and the field', () => {
  it('unparseable frontmatter, with its line', () => {
    const [p] = errors(
      check({ 'focus/sample-guide/index.fr.md': '---\ntitle: Guide\nsummary: [pas fermé\n---\n\nTexte.\n' }),
    );
    expect(p).toMatchObject({ file: 'focus/sample-guide/index.fr.md' });
    expect(p!.line).toBeGreaterThanOrEqual(3);
    expect(p!.message.fr).toContain("L'en-tête");
    expect(p!.message.nl).toContain('De kop');
  });

  it('a missing required field', () => {
    const problems = errors(
      check({
        'focus/sample-guide/index.fr.md': md('summary: Un guide.\ntheme: testing\nupdated: 2025-01-15\nedition: 2025'),
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'focus/sample-guide/index.fr.md', field: 'title' });
    expect(problems[0]!.message.fr).toContain('obligatoire');
    expect(problems[0]!.fix.nl).toContain('title:');
  });

  it('an unknown field, with a "did you mean"', () => {
    const [p] = errors(check({ 'focus/sample-guide/index.fr.md': focusFr('sumary: oups') }));
    expect(p).toMatchObject({ file: 'focus/sample-guide/index.fr.md', field: 'sumary', line: 8 });
    expect(p!.message.fr).toContain('Vouliez-vous dire « summary »');
    expect(p!.message.nl).toContain('Bedoelde u "summary"');
  });

  it.each([
    [
      'a date',
      'focus/sample-guide/index.fr.md',
      focusFr().replace('updated: 2025-01-15', 'updated: 15/01/2025'),
      'updated',
      '2025-03-10',
    ],
    [
      'a month',
      'prevention/2025-03-colorectal-cancer/index.fr.md',
      md('title: T\nsummary: S\nmonth: "2025-3"'),
      'month',
      'format 2025-03 (année-mois)',
    ],
    [
      'a year',
      'focus/sample-guide/index.fr.md',
      focusFr().replace('edition: 2025', 'edition: deux-mille'),
      'edition',
      '2025',
    ],
    [
      'a number',
      'consultations/south/mental-health/2024-1/index.fr.md',
      md(
        'title: T\nsummary: S\ntopic: mental-health\nyear: 2024\ndate: 2024-10-10\nmeeting: 1\nparticipants: beaucoup',
      ),
      'participants',
      'nombre entier',
    ],
  ])('a wrong type or format: %s', (_, file, text, field, expected) => {
    const problems = errors(check({ [file]: text }));
    const p = problems.find((x) => x.field === field);
    expect(p, JSON.stringify(problems)).toBeDefined();
    expect(p!.file).toBe(file);
    expect(p!.fix.fr).toContain(expected);
  });

  it('an unknown site id, with the allowed values', () => {
    const [p] = errors(check({ 'pages/nowhere/about/index.fr.md': md('title: T\nsummary: S') }));
    expect(p!.file).toBe('pages/nowhere/about/index.fr.md');
    expect(p!.fix.fr).toContain('north-east');
  });

  it('an unknown theme, with the allowed values', () => {
    const [p] = errors(
      check({ 'focus/sample-guide/index.fr.md': focusFr().replace('theme: testing', 'theme: astrology') }),
    );
    expect(p).toMatchObject({ field: 'theme' });
    expect(p!.fix.fr).toContain('testing');
  });

  it('a theme list that is not a list, or lists a theme twice or without its labels', () => {
    const [notList] = errors(check({ 'themes.yml': 'testing:\n  fr: Essais\n  nl: Tests\n' }));
    expect(notList).toMatchObject({ file: 'themes.yml' });
    expect(notList!.fix.fr).toContain('- key: mental-health');
    const problems = errors(
      check({
        'themes.yml':
          '- key: testing\n  fr: Essais\n  nl: Tests\n- key: testing\n  fr: Bis\n  nl: Bis\n- key: lonely\n  fr: Seul\n',
      }),
    );
    expect(problems.map((p) => `${p.field}: ${p.message.fr}`)).toEqual([
      'testing: Le thème « testing » est listé deux fois.',
      'lonely: Le thème « lonely » doit avoir une clé (key) et un libellé fr et un libellé nl.',
    ]);
  });

  it('an article whose folder says another name than its article field', () => {
    const [p] = errors(
      check({
        'zinneke/01/tools-article/index.fr.md': md('issue: "01"\narticle: tools\nrubric: tools\ntitle: T\nsummary: S'),
      }),
    );
    expect(p).toMatchObject({ field: 'article', file: 'zinneke/01/tools-article/index.fr.md' });
    expect(p!.message.fr).toBe('« article » vaut tools, mais le nom du dossier dit tools-article.');
  });

  it('an unknown rubric, with the allowed values', () => {
    const [p] = errors(
      check({
        'zinneke/01/tools-article/index.fr.md': md(
          'issue: "01"\narticle: tools-article\nrubric: editorial\ntitle: T\nsummary: S',
        ),
      }),
    );
    expect(p).toMatchObject({ field: 'rubric', file: 'zinneke/01/tools-article/index.fr.md' });
    expect(p!.fix.fr).toContain('state-of-play, on-the-move, decoding, tools, testimonies');
  });

  it('a file other than fr/nl in a translation folder', () => {
    const [p] = errors(check({ 'focus/sample-guide/index.en.md': focusFr() }));
    expect(p!.file).toBe('focus/sample-guide/index.en.md');
    expect(p!.fix.fr).toContain('fr.md');
  });

  it('two entries of one language at the same URL', () => {
    const problems = errors(check({ 'focus/other-guide/index.fr.md': focusFr() }));
    expect(problems.map((p) => p.file).sort()).toEqual([
      'focus/other-guide/index.fr.md',
      'focus/sample-guide/index.fr.md',
    ]);
    expect(problems[0]!.message.fr).toContain('https://brusano.brussels/publications/focus/guide-temoin/');
  });

  it('a slug with characters that break URLs', () => {
    const [p] = errors(
      check({ 'focus/sample-guide/index.fr.md': focusFr().replace('slug: guide-temoin', 'slug: Guide Témoin') }),
    );
    expect(p).toMatchObject({ field: 'slug', line: 4 });
    expect(p!.fix.fr).toContain('minuscules');
  });

  it('a referenced PDF or image that does not exist', () => {
    const problems = errors(
      check({
        'focus/sample-guide/index.fr.md': focusFr('pdf: guide.pdf\ncover:\n  src: ./cover.jpg\n  alt: Couverture'),
      }),
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['cover', 'pdf']);
    expect(problems[0]!.message.fr).toContain('introuvable');
  });

  it('an image without alt text', () => {
    const problems = errors(
      check({
        'focus/sample-guide/index.fr.md': focusFr('cover:\n  src: ./cover.jpg'),
        'focus/sample-guide/cover.jpg': Buffer.from([0xff, 0xd8]),
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'cover' });
    expect(problems[0]!.fix.fr).toContain('decorative: true');
  });

  it('local initiatives for a zone that does not exist', () => {
    const [p] = errors(check({ 'prevention/2025-03-colorectal-cancer/zones/west.fr.md': md('initiatives: []') }));
    expect(p!.file).toBe('prevention/2025-03-colorectal-cancer/zones/west.fr.md');
    expect(p!.message.fr).toContain('west');
  });

  it('local initiatives for a theme month that has no shared text', () => {
    const [p] = errors(check({ 'prevention/2025-04-tuberculosis/zones/south.fr.md': md('initiatives: []') }));
    expect(p!.file).toBe('prevention/2025-04-tuberculosis/zones/south.fr.md');
    expect(p!.fix.fr).toContain('content/prevention/2025-04-tuberculosis/index.fr.md');
  });

  it('a cross-reference to a key that does not exist', () => {
    const [p] = errors(
      check({ 'focus/sample-guide/index.fr.md': focusFr('', 'Voir [le Focus](focus:mental-health).') }),
    );
    expect(p!.message.fr).toContain('focus:mental-health');
    expect(p!.line).toBe(10);
  });

  it('a related entry of a Focus that does not exist, or is not a theme or an article', () => {
    const missing = errors(
      check({ 'focus/sample-guide/index.fr.md': focusFr('related:\n  - prevention:2031-01-nothing\n') }),
    );
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ file: 'focus/sample-guide/index.fr.md', field: 'related', line: 8 });
    expect(missing[0]!.message.fr).toContain('prevention:2031-01-nothing');
    const wrongKind = errors(
      check({ 'focus/sample-guide/index.fr.md': focusFr('related:\n  - focus:mental-health\n') }),
    );
    expect(wrongKind).toHaveLength(1);
    expect(wrongKind[0]!.field).toBe('related[1]');
    expect(wrongKind[0]!.fix.fr).toContain('zinneke:01/territorialisation');
  });

  it('a Zinneke article whose issue has no issue file', () => {
    const [p] = errors(
      check({
        'zinneke/02/new-article/index.fr.md': md(
          'issue: "02"\narticle: new-article\nrubric: tools\ntitle: T\nsummary: S',
        ),
      }),
    );
    expect(p!.file).toBe('zinneke/02/new-article/index.fr.md');
    expect(p!.fix.fr).toContain('content/zinneke/02/index.fr.md');
  });

  it('a meeting number that repeats within a zone, theme and year', () => {
    const problems = errors(
      check({
        'consultations/south/mental-health/2024-2/index.fr.md': md(
          'title: T\nsummary: S\ntopic: mental-health\nyear: 2024\ndate: 2024-11-10\nmeeting: 1',
        ),
      }),
    );
    const repeats = problems.filter((p) => p.message.fr.includes('existe deux fois'));
    expect(repeats.map((p) => p.file).sort()).toEqual([
      'consultations/south/mental-health/2024-1/index.fr.md',
      'consultations/south/mental-health/2024-2/index.fr.md',
    ]);
    expect(repeats[0]!.field).toBe('meeting');
  });

  it('an empty body where content is required', () => {
    const [p] = errors(check({ 'focus/sample-guide/index.fr.md': focusFr('', '') }));
    expect(p!.message.fr).toContain('vide');
    expect(p!.message.nl).toContain('leeg');
  });

  it('a file that is not UTF-8', () => {
    const latin1 = Buffer.from(focusFr().replace('Guide témoin', 'Guide t\u00e9moin'), 'latin1');
    const [p] = errors(check({ 'focus/sample-guide/index.fr.md': latin1 }));
    expect(p!.file).toBe('focus/sample-guide/index.fr.md');
    expect(p!.message.fr).toContain('UTF-8');
  });

  it('reports every problem of a run, not only the first', () => {
    const problems = errors(
      check({
        'focus/sample-guide/index.fr.md': focusFr('sumary: x'),
        'focus/sample-guide/index.nl.md': md(
          'summary: Geen titel.\ntheme: testing\nupdated: 2025-01-15\nedition: 2025',
        ),
        'zinneke/01/tools-article/index.fr.md': md(
          'issue: "01"\narticle: tools-article\nrubric: editorial\ntitle: T\nsummary: S',
        ),
      }),
    );
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'focus/sample-guide/index.fr.md sumary',
      'focus/sample-guide/index.nl.md title',
      'zinneke/01/tools-article/index.fr.md rubric',
    ]);
  });

  it('prints the file, line, field, problem and fix in both languages', () => {
    const [p] = errors(check({ 'focus/sample-guide/index.fr.md': focusFr('sumary: x') }));
    expect(formatProblem(p!)).toBe(
      [
        'ERREUR / FOUT  focus/sample-guide/index.fr.md:8  [sumary]',
        '  FR  Champ inconnu « sumary ». Vouliez-vous dire « summary » ?',
        `      → ${p!.fix.fr}`,
        '  NL  Onbekend veld "sumary". Bedoelde u "summary"?',
        `      → ${p!.fix.nl}`,
      ].join('\n'),
    );
  });
});

describe('npm run check warns without blocking', () => {
  it('an entry missing in one language', () => {
    const w = warnings(check({})).filter((p) => p.message.fr.includes('Pas de version néerlandaise'));
    expect(w.map((p) => p.file)).toContain('consultations/south/mental-health/2024-1/index.fr.md');
  });

  it('a translation outdated by a later change of the other language alone (git history)', () => {
    const { root, cleanup } = contentFixture({});
    cleanups.push(cleanup);
    const [fr, nl] = ['fr', 'nl'].map((l) => join(root, `focus/sample-guide/index.${l}.md`)) as [string, string];
    const history = [
      contentCommit('a1', '2025-01-10T09:00:00Z', [fr, nl]),
      contentCommit('b2', '2025-02-03T09:00:00Z', [fr]),
    ];
    const w = warnings(checkContent({ root, base: root, now, history }));
    const outdated = w.filter((p) => p.message.fr.startsWith('Traduction dépassée'));
    expect(outdated).toHaveLength(1);
    expect(outdated[0]).toMatchObject({ file: 'focus/sample-guide/index.nl.md' });
    expect(outdated[0]!.message.fr).toContain('index.fr.md a changé depuis le 2025-02-03');
    expect(outdated[0]!.message.nl).toContain('index.fr.md is sinds 2025-02-03 gewijzigd');
    expect(outdated[0]!.fix.fr).toContain('translationChecked');
  });

  it('no outdated translation without git history, whatever the dates in the files', () => {
    const w = warnings(
      check({
        'focus/sample-guide/index.nl.md': md(
          'title: T\nsummary: S\nslug: testgids\ntheme: testing\nupdated: 2020-06-01\nedition: 2025',
        ),
      }),
    );
    expect(w.filter((p) => p.message.fr.startsWith('Traduction dépassée'))).toEqual([]);
  });

  it('a Focus directory not reviewed for 12 months', () => {
    const services = 'services:\n  - name: Service\n    offer: Aide\nservicesReviewed: 2023-12-01';
    const w = warnings(check({ 'focus/sample-guide/index.fr.md': focusFr(services) }));
    expect(w.find((p) => p.field === 'servicesReviewed')?.file).toBe('focus/sample-guide/index.fr.md');
  });

  it('a site page (the accessibility statement) not reviewed for 12 months, and not before', () => {
    const page = (reviewed: string) => ({
      'pages/all/legal-notice/index.fr.md': md(`title: Mentions\nsummary: S\nslug: mentions\nreviewed: ${reviewed}`),
    });
    const overdue = warnings(check(page('2024-03-14'))).filter((p) => p.field === 'reviewed');
    expect(overdue.map((p) => [p.file, p.message.fr])).toEqual([
      [
        'pages/all/legal-notice/index.fr.md',
        "Cette page n'a pas été revue depuis plus de 12 mois (date « reviewed »).",
      ],
    ]);
    expect(overdue[0]!.message.nl).toBe('Deze pagina is al meer dan 12 maanden niet nagekeken (datum "reviewed").');
    expect(warnings(check(page('2024-03-16'))).filter((p) => p.field === 'reviewed')).toEqual([]);
  });

  it('months of the prevention calendar without a theme', () => {
    const w = warnings(check({}));
    expect(w.find((p) => p.message.fr.startsWith('Mois sans thème de prévention en français'))?.message.fr).toContain(
      '2025-04',
    );
  });

  describe('a month ahead, next month without a published theme', () => {
    // The fixture's only theme is March 2025, the current month: April has none yet.
    const nextMonth = (problems: Problem[]) =>
      warnings(problems).filter((p) => p.message.fr.startsWith('Le mois prochain'));
    const april = (lang: 'fr' | 'nl', extra = '') => ({
      [entryFile('prevention', '2025-04-tuberculosis', lang)]: md(`title: T\nsummary: S\nmonth: "2025-04"\n${extra}`),
    });

    it('warns in each language that lacks it, naming the sites that would show none', () => {
      const [fr, nl] = nextMonth(check({}));
      expect(fr!.message.fr).toContain('(2025-04)');
      expect(fr!.message.fr).toContain('en français');
      expect(fr!.message.fr).toContain('bassin-sud.brussels');
      expect(nl!.message.nl).toContain('in het Nederlands');
      expect(nl!.message.nl).toContain('zorgzone-zuid.brussels');
      expect(nl!.message.nl).toContain('brusano.brussels/nl');
      expect(nl!.fix.fr).toContain('2025-04-<thème>');
    });

    it('is satisfied language by language', () => {
      const left = nextMonth(check(april('fr')));
      expect(left).toHaveLength(1);
      expect(left[0]!.message.fr).toContain('en néerlandais');
      expect(nextMonth(check({ ...april('fr'), ...april('nl') }))).toEqual([]);
    });

    it('does not count a draft, or a theme scheduled after the 1st', () => {
      expect(nextMonth(check({ ...april('fr', 'draft: true'), ...april('nl') }))).toHaveLength(1);
      expect(nextMonth(check({ ...april('fr'), ...april('nl', 'publishAt: 2025-04-03 09:00') }))).toHaveLength(1);
      expect(nextMonth(check({ ...april('fr'), ...april('nl', 'publishAt: 2025-03-25 09:00') }))).toEqual([]);
    });
  });

  it("zones without local initiatives for the current month's theme", () => {
    const w = warnings(check({})).filter((p) => p.message.fr.includes("n'a pas d'initiatives locales"));
    // The fixture has initiatives for the South zone in French only: four zones are missing in French, five in Dutch.
    expect(w).toHaveLength(9);
    expect(w.some((p) => p.file.endsWith('fr.md') && p.message.fr.startsWith('Bassin Sud n'))).toBe(false);
  });
});

describe('npm run check reads publication dates as authors write them', () => {
  it('accepts publishAt and unpublishAt with or without quotes, without seconds', () => {
    const problems = errors(
      check({
        'focus/sample-guide/index.fr.md': focusFr('publishAt: 2026-01-05 09:00\nunpublishAt: "2026-06-30 18:00"'),
      }),
    );
    expect(problems).toEqual([]);
  });
});

describe('npm run check keeps the folders and the fields the web editor writes in agreement', () => {
  it('a field that says another zone, theme or year than the folder', () => {
    const problems = errors(
      check({
        'consultations/south/mental-health/2024-1/index.fr.md': md(
          'title: T\nsummary: S\ntopic: crisis\nyear: 2025\ndate: 2024-10-10\nmeeting: 1',
        ),
      }),
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['topic', 'year']);
    expect(problems.find((p) => p.field === 'topic')!.message.fr).toBe(
      '« topic » vaut crisis, mais le nom du dossier dit mental-health.',
    );
    expect(problems.find((p) => p.field === 'year')!.fix.nl).toContain('mapnaam');
  });

  it('a missing folder field, with what to write', () => {
    const [p] = errors(check({ 'zinneke/01/tools-article/index.fr.md': md('rubric: tools\ntitle: T\nsummary: S') }));
    expect(p).toMatchObject({ field: 'issue' });
    expect(p!.fix.fr).toContain('"01"');
  });

  it('a file in the layout from before the web editor (fr.md instead of index.fr.md)', () => {
    const [p] = errors(check({ 'focus/old-guide/fr.md': focusFr() }));
    expect(p!.file).toBe('focus/old-guide/fr.md');
    expect(p!.fix.fr).toContain('index.fr.md / index.nl.md');
  });
});
