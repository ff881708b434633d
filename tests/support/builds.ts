/**
 * The builds the output and browser tests read. Each runs once per test run,
 * in a child process with its own environment and folders.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CollectionName } from '../../src/content/contract.ts';
import type { Language } from '../../src/sites/types.ts';

export const root = resolve(import.meta.dirname, '../..');
export const fixtures = join(root, 'tests/fixtures');

/** Fixed so "the current month" and scheduled entries are the same on every run. */
export const testBuildDate = '2025-10-15T10:00:00+02:00';

export interface TestBuild {
  name: string;
  env: Record<string, string>;
  /** Extra arguments to the build command. */
  args?: string[];
  /**
   * Content written by the global setup: a copy of `base` plus entries placed by the contract's
   * layout (so fixtures follow the file layout wherever it moves), in `generatedContentDir(name)`.
   */
  content?: {
    base: string;
    extra: Array<{ collection: CollectionName; key: string; lang: Language; text: string; ext?: 'md' | 'mdx' }>;
  };
}

export function generatedContentDir(name: string): string {
  return join(root, '.build/test-content', name);
}

/** A month with no prevention theme yet in the sample content (it ends in December 2025). */
export const laterBuildDate = '2026-11-15T10:00:00+01:00';

/** A Dutch-only synthesis: the sample content is fully translated. */
const dutchOnlySynthesis = `---
title: Voorbereiding op gezondheidscrisissen — eerste overleg
summary: Eerste thematisch overleg van de zorgzone over de voorbereiding op gezondheidscrisissen.
topic: crisis
year: 2026
date: 2026-10-08
meeting: 1
participants: 24
---

## Vaststellingen

De deelnemers willen beter weten wie wat doet wanneer een hittegolf of een epidemie de wijk treft.

## Denksporen

Een gedeelde contactlijst per wijk, jaarlijks bijgewerkt.

## Voorgestelde prioritaire acties

Een oefening met de partners van de zorgzone in het voorjaar.
`;

/** Decomposed letters, as macOS and some PDFs give them: e + U+0301 instead of é. */
export const decomposed = (text: string) => text.normalize('NFD');
/** A file saved by a Windows editor: a byte-order mark and CR LF line endings. */
export const windowsFile = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;

/** Entries written as Windows and macOS editors save them (see tests/output/source-text.test.ts). */
export const oddText = {
  fr: `---
title: Guide écrit à Molenbeek
summary: Les équipes à domicile présentées en détail.
slug: guide-ecrit
theme: testing
edition: 2025
updated: 2025-01-20
---

Les équipes à domicile répondent à l'appel de l'hôpital.

## Deuxième étape

Un café-débat réunit les aidants.
`,
  nl: `---
title: Gids over ideeën en café's
summary: Ideeën uit het café, één voor één.
slug: gids-ideeen
theme: testing
edition: 2025
updated: 2025-01-20
---

Ideeën van de coördinatoren, één voor één besproken.
`,
  mdx: `---
title: Composants écrits sous Windows
summary: Une mise en garde créée sous Windows.
slug: composants-windows
theme: testing
edition: 2025
updated: 2025-01-20
---

Première phrase du guide.

<Callout type="warning" title="Délai">Les démarches prennent une semaine.</Callout>
`,
};

export const testBuilds = {
  /** The real sample content and registry. */
  sample: { name: 'sample', env: {} },
  /** The same commit and build date again: the output must be byte-identical. */
  sampleAgain: { name: 'sample-again', env: {} },
  /** A preview of one host, as `npm run build -- --host` makes it. */
  oneHost: {
    name: 'one-host',
    env: { BRUSANO_CONTENT_DIR: join(fixtures, 'content-minimal') },
    args: ['--host', 'bassin-sud.brussels'],
  },
  /** One entry per collection, to pin the content contract's URLs. */
  contract: { name: 'contract', env: { BRUSANO_CONTENT_DIR: join(fixtures, 'content-minimal') } },
  /** The registry plus a seventh zone. */
  extraZone: {
    name: 'extra-zone',
    env: {
      BRUSANO_CONTENT_DIR: join(fixtures, 'content-minimal'),
      BRUSANO_SITES: join(fixtures, 'registry-extra-zone/sites.json'),
    },
  },
  /** Scheduled, expired and draft entries: a production build… */
  scheduled: { name: 'scheduled', env: { BRUSANO_CONTENT_DIR: join(fixtures, 'content-scheduled') } },
  /** …and a preview build of the same content. */
  scheduledPreview: {
    name: 'scheduled-preview',
    env: { BRUSANO_CONTENT_DIR: join(fixtures, 'content-scheduled'), BRUSANO_PREVIEW: '1' },
  },
  /** The sample content a year on, when the current month has no theme yet; plus one Dutch-only entry. */
  later: {
    name: 'later',
    env: { BUILD_DATE: laterBuildDate, BRUSANO_CONTENT_DIR: generatedContentDir('later') },
    content: {
      base: join(root, 'content'),
      extra: [{ collection: 'consultations', key: 'south/crisis/2026-1', lang: 'nl', text: dutchOnlySynthesis }],
    },
  },
  /** Files with a byte-order mark, Windows line endings and decomposed accents, on the regional host. */
  oddText: {
    name: 'odd-text',
    env: { BRUSANO_CONTENT_DIR: generatedContentDir('odd-text') },
    args: ['--host', 'brusano.brussels'],
    content: {
      base: join(fixtures, 'content-minimal'),
      extra: [
        { collection: 'focus', key: 'odd-guide', lang: 'fr', text: windowsFile(decomposed(oddText.fr)) },
        { collection: 'focus', key: 'odd-guide', lang: 'nl', text: decomposed(oddText.nl) },
        { collection: 'focus', key: 'odd-components', lang: 'fr', text: windowsFile(oddText.mdx), ext: 'mdx' },
      ],
    },
  },
} satisfies Record<string, TestBuild>;

/**
 * Builds the serve tests make for themselves (tests/serve/, not built by the global setup): a
 * pull request's preview, drafts and scheduled entries included, of every host.
 */
export const serveBuilds = {
  pullRequestPreview: {
    name: 'pull-request-preview',
    env: { BRUSANO_CONTENT_DIR: join(fixtures, 'content-scheduled') },
    args: ['--preview'],
  },
} satisfies Record<string, TestBuild>;

export function workDir(build: TestBuild): string {
  return join(root, '.build/test', build.name);
}

export function distDir(build: TestBuild): string {
  return join(workDir(build), 'dist');
}

/** The page plan a test build wrote beside its output. */
export function pagePlan(build: TestBuild): import('../../src/routing/plan.ts').PlannedPage[] {
  return JSON.parse(readFileSync(join(workDir(build), 'page-plan.json'), 'utf8'));
}
