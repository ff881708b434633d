/**
 * npm run bench [-- --pages 10000] [--repeat 3]
 * Generates a synthetic corpus (all four collections, both languages, local
 * initiatives for every zone) sized for about --pages output pages, builds it
 * with the full pipeline, then builds a bare Astro project with the same number
 * of pages (one collection, one route, same markdown) plus Pagefind, with Astro's
 * default markdown processor and with the unified one the project used before, and prints all. Figures go to docs/performance.md by hand, with the machine they came from.
 *
 * One run moves by ±10 % on a shared machine. `--repeat N` builds the full pipeline and the
 * baseline N times, alternately (full, baseline, full, baseline…), each into a new folder, so that a
 * slow minute weighs on both; it prints each round's ratio and the median.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closeSearchIndexer, indexHost } from '../src/search/indexer.ts';
import { entryFile } from '../src/content/layout.ts';
import { initiativesKey } from '../src/content/model.ts';
import { zones } from '../src/sites/registry.ts';
import { languages } from '../src/sites/types.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '10000' },
    repeat: { type: 'string', default: '1' },
    'compare-search': { type: 'boolean', default: false },
  },
});
const target = Number(values.pages);
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1)
  throw new Error(`--repeat must be a whole number from 1: ${values.repeat}`);
const root = resolve('.');
const bench = join(root, '.build/bench');
const content = join(bench, 'content');
// The last run's output is deleted only once this run is measured: on ext4, creating files right
// after deleting tens of thousands costs several times the system time (the allocator skips
// recently freed inodes), which would slow whichever build ran first.
const previous = `${bench}.previous`;
rmSync(previous, { recursive: true, force: true }); // Left by a run that failed: rare.
if (existsSync(bench)) renameSync(bench, previous);
mkdirSync(content, { recursive: true });
cpSync(join(root, 'content/themes.yml'), join(content, 'themes.yml'));

// Output pages per entry: a prevention theme is on 6 sites × 2 languages, the rest on one site × 2.
const unit = 12 * 4 + 2 * 6 + 2 * 2 + 2 * 4; // per "block": 4 themes, 6 syntheses, 2 Focus, 4 articles
const blocks = Math.max(1, Math.round(target / unit));
const words =
  'accompagnement quartier santé soins première ligne réseau dépistage prévention professionnel aide domicile coordination territoire population'.split(
    ' ',
  );
const text = (seed: number, n: number) =>
  Array.from({ length: n }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ');
// Paths come from the content contract, as authors' files do.
const write = (path: string, front: string, body: string) => {
  mkdirSync(join(content, path, '..'), { recursive: true });
  writeFileSync(join(content, path), `---\n${front}\n---\n\n${body}\n`);
};
const themes = ['mental-health', 'prevention', 'hospital-ambulatory', 'crisis'] as const;
for (let b = 0; b < blocks; b++) {
  for (const lang of languages) {
    for (let t = 0; t < 4; t++) {
      const n = b * 4 + t;
      const year = 2000 + Math.floor(n / 12);
      const month = `${year}-${String((n % 12) + 1).padStart(2, '0')}`;
      write(
        entryFile('prevention', `${month}-theme-${n}`, lang),
        `title: "Thème ${n} ${lang}"\nsummary: "Résumé ${n}"\nmonth: "${month}"\nslug: "theme-${n}-${lang}"`,
        `## Chiffres\n\n${text(n, 120)}\n\n## Dépistage\n\n${text(n + 1, 80)}`,
      );
      for (const zone of zones) {
        write(
          entryFile('initiatives', initiativesKey(`${month}-theme-${n}`, zone.id), lang),
          `prevention: ${month}-theme-${n}\ninitiatives:\n  - title: "Initiative ${n}"\n    date: ${month}-10\n    place: "Antenne"`,
          text(n, 20),
        );
      }
    }
    for (let c = 0; c < 6; c++) {
      const zone = zones[(b + c) % zones.length]!;
      const theme = themes[c % 4]!;
      const n = Math.floor((b * 6 + c) / (zones.length * 4)) + 1;
      write(
        entryFile('consultations', `${zone.id}/${theme}/${2000 + (b % 20)}-${n + c}`, lang),
        `title: "Synthèse ${b}-${c}"\nsummary: "Résumé"\ntopic: ${theme}\nyear: ${2000 + (b % 20)}\ndate: ${2000 + (b % 20)}-03-01\nmeeting: ${n + c}\nparticipants: ${20 + c}`,
        `## Constats\n\n${text(b + c, 150)}`,
      );
    }
    for (let f = 0; f < 2; f++) {
      write(
        entryFile('focus', `focus-${b}-${f}`, lang),
        `title: "Focus ${b}-${f}"\nsummary: "Résumé"\ntheme: mental-health\nupdated: 2025-01-01\nedition: 2025`,
        `## 1. Première ligne\n\n${text(b + f, 200)}\n\n## 2. Spécialisé\n\n${text(b, 150)}`,
      );
    }
    const issue = String((b % 90) + 10).padStart(2, '0');
    write(
      entryFile('zinnekeIssues', issue, lang),
      `number: ${Number(issue)}\nseason: spring\nyear: 2024\ntitle: "Numéro ${issue}"`,
      text(b, 40),
    );
    for (let a = 0; a < 4; a++) {
      write(
        entryFile('zinnekeArticles', `${issue}/article-${b}-${a}`, lang),
        `issue: "${issue}"\narticle: article-${b}-${a}\nrubric: ${['state-of-play', 'on-the-move', 'decoding', 'tools'][a]}\ntitle: "Article ${b}-${a}"\nsummary: "Résumé"`,
        text(b + a, 250),
      );
    }
  }
}

function timed(label: string, command: string[], env: Record<string, string>, cwd = root) {
  const gnuTime = existsSync('/usr/bin/time');
  const args = gnuTime ? ['-v', ...command] : command;
  const run = spawnSync(gnuTime ? '/usr/bin/time' : command[0]!, gnuTime ? args : command.slice(1), {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${label} failed:\n${run.stdout}\n${run.stderr}`);
  const field = (name: string) => new RegExp(`${name}: (.+)`).exec(run.stderr)?.[1]?.trim();
  const clock = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')?.split(':').map(Number) ?? [];
  const wall = clock.reduce((s, x) => s * 60 + x, 0);
  return {
    stdout: run.stdout,
    wall,
    cpu: Number(field('User time \\(seconds\\)') ?? 0) + Number(field('System time \\(seconds\\)') ?? 0),
    maxRssMb: Math.round(Number(field('Maximum resident set size \\(kbytes\\)') ?? 0) / 1024),
  };
}

console.log(`Corpus: ${blocks} blocks, aiming at ${target} pages.`);
const node = join(root, 'node_modules/.bin/node');
type Report = { hosts: Record<string, { pages: number }>; steps: Record<string, number>; cpu?: Record<string, number> };
/** The full pipeline on the corpus, into `.build/bench/<name>/`; `env` adds settings (to compare). */
const fullBuild = (name: string, env: Record<string, string> = {}) => {
  const out = join(bench, name);
  const run = timed(
    'full build',
    [node, 'scripts/build.ts', '--work', join(out, 'work'), '--dist', join(out, 'dist')],
    {
      BRUSANO_CONTENT_DIR: content,
      BUILD_DATE: '2025-10-15',
      BRUSANO_REPORT_JSON: '1',
      ...env,
    },
  );
  return { ...run, dist: join(out, 'dist'), report: JSON.parse(/REPORT (.+)/.exec(run.stdout)![1]!) as Report };
};
const pagesOf = (report: Report) => Object.values(report.hosts).reduce((s, h) => s + h.pages, 0);

// The baseline: one collection, one route, the same markdown, as many pages. Built with Astro's
// default markdown processor (Sätteri, what the project uses), and, for comparison with earlier
// figures, once with the unified one and remark-gfm the project used before.
function bareAstro(name: string, pages: number, config: { imports?: string; markdown?: string } = {}) {
  const base = join(bench, name);
  mkdirSync(join(base, 'src/pages'), { recursive: true });
  const markdown = config.markdown ? `, markdown: ${config.markdown}` : '';
  writeFileSync(
    join(base, 'astro.config.mjs'),
    `${config.imports ?? ''}\nexport default { outDir: './dist', build: { format: 'directory' }${markdown} };\n`,
  );
  writeFileSync(
    join(base, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { docs: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(content)} }) }) };\n`,
  );
  writeFileSync(
    join(base, 'src/pages/[...slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  const docs = await getCollection('docs');\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: 'p/' + i }, props: { doc: docs[i % docs.length] } }));\n}\nconst { Content } = await render(Astro.props.doc);\n---\n<html lang="fr"><head><meta charset="utf-8"><title>{Astro.props.doc.id}</title></head><body><main data-pagefind-body><h1>{Astro.props.doc.id}</h1><Content /></main></body></html>\n`,
  );
  const render = timed(name, [node, join(root, 'node_modules/.bin/astro'), 'build', '--root', base], {});
  const search = timed(
    `${name} pagefind`,
    [node, join(root, 'node_modules/.bin/pagefind'), '--site', join(base, 'dist')],
    {},
  );
  return { render, search };
}

// Alternately, so that a slow minute of the machine weighs on both sides.
const rounds: Array<{ full: ReturnType<typeof fullBuild>; baseline: ReturnType<typeof bareAstro> }> = [];
for (let round = 1; round <= repeat; round++) {
  const label = repeat > 1 ? ` (round ${round} of ${repeat})` : '';
  console.log(`Full build${label}…`);
  const full = fullBuild(`full-${round}`);
  const pages = pagesOf(full.report);
  console.log(`Baseline${label}: bare Astro, ${pages} pages, then Pagefind…`);
  rounds.push({ full, baseline: bareAstro(`baseline-${round}`, pages) });
}
const ratioOf = ({ full, baseline }: (typeof rounds)[number]) =>
  full.wall / (baseline.render.wall + baseline.search.wall);
const median = <T>(items: T[], by: (item: T) => number) =>
  [...items].sort((a, b) => by(a) - by(b))[Math.floor((items.length - 1) / 2)]!;
// The figures printed are the median round's (by ratio), not a mix of rounds.
const middle = median(rounds, ratioOf);
const { full, baseline } = middle;
const report = full.report;
const pages = pagesOf(report);

// --compare-search: the same build again, indexing all hosts at once after the render instead of
// each host while the next ones render: does overlapping beat Pagefind's own concurrency here?
const afterRender = values['compare-search'] ? fullBuild('compare', { BRUSANO_SEARCH_AFTER_RENDER: '1' }) : null;

console.log('Baseline with the unified markdown processor…');
const unifiedBaseline = bareAstro('baseline-unified', pages, {
  imports: `import { unified } from '@astrojs/markdown-remark';\nimport remarkGfm from 'remark-gfm';`,
  markdown: '{ processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) }',
});

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const rows: Array<[string, string]> = [
  ['machine', `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB`],
  ['output pages (11 hosts)', String(pages)],
  ['full pipeline: wall', `${full.wall.toFixed(1)} s`],
  ['full pipeline: CPU (user + sys)', `${full.cpu.toFixed(1)} s`],
  ['full pipeline: peak memory (largest process)', `${full.maxRssMb} MB`],
  ['full pipeline: ms per output page', ((full.wall * 1000) / pages).toFixed(2)],
  ['full pipeline: CPU ms per output page', ((full.cpu * 1000) / pages).toFixed(2)],
  [
    'steps (ms)',
    Object.entries(report.steps)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  ],
  [
    'steps, CPU of the build process (ms)',
    Object.entries(report.cpu ?? {})
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  ],
  [
    'bare Astro render of the same page count: wall',
    `${baseline.render.wall.toFixed(1)} s, CPU ${baseline.render.cpu.toFixed(1)} s (peak ${baseline.render.maxRssMb} MB)`,
  ],
  ['+ Pagefind on it: wall', `${baseline.search.wall.toFixed(1)} s, CPU ${baseline.search.cpu.toFixed(1)} s`],
  ['ratio full / (bare Astro + Pagefind)', ratioOf(middle).toFixed(2)],
  // On a busy machine wall times stretch with the other load; CPU time much less so.
  [
    'ratio of CPU times, full / (bare Astro + Pagefind)',
    (full.cpu / (baseline.render.cpu + baseline.search.cpu)).toFixed(2),
  ],
  [
    'bare Astro, unified markdown (remark-gfm)',
    `${unifiedBaseline.render.wall.toFixed(1)} s (peak ${unifiedBaseline.render.maxRssMb} MB)`,
  ],
  [
    'ratio full / (bare unified Astro + Pagefind)',
    (full.wall / (unifiedBaseline.render.wall + unifiedBaseline.search.wall)).toFixed(2),
  ],
];
if (afterRender) {
  rows.push([
    'full pipeline, search after the render (compare)',
    `${afterRender.wall.toFixed(1)} s, CPU ${afterRender.cpu.toFixed(1)} s (peak ${afterRender.maxRssMb} MB)`,
  ]);
}
if (repeat > 1) {
  rows.unshift(['rounds (figures below: the median round)', String(repeat)]);
  rows.push([
    'each round: full / (bare Astro + Pagefind)',
    rounds
      .map(
        (r) =>
          `${r.full.wall.toFixed(1)} / (${r.baseline.render.wall.toFixed(1)} + ${r.baseline.search.wall.toFixed(1)}) = ${ratioOf(r).toFixed(2)}`,
      )
      .join('; '),
  ]);
}
console.log('\n' + rows.map(([k, v]) => `${k.padEnd(48)} ${v}`).join('\n'));
// The build indexes each host while the next ones render; for a cost per host, index each built host again, alone.
const alone: Record<string, number> = {};
for (const host of Object.keys(report.hosts)) {
  const started = performance.now();
  await indexHost(join(full.dist, host));
  alone[host] = Math.round(performance.now() - started);
}
await closeSearchIndexer();
console.log(
  '\nPages per host, and Pagefind time per host (indexed alone; in the build, each while the next hosts render):',
);
for (const [host, h] of Object.entries(report.hosts))
  console.log(
    `  ${host.padEnd(32)} ${String(h.pages).padStart(6)} pages  ${String(alone[host]).padStart(6)} ms Pagefind`,
  );
rmSync(previous, { recursive: true, force: true });
