/**
 * Frontmatter templates for `npm run new`: one per collection, in both
 * languages, with placeholders an author replaces. New entries start as drafts.
 */
import type { Language } from '../../sites/types.ts';
import type { CollectionName } from '../contract.ts';
import { entryFile } from '../layout.ts';

export type ScaffoldCollection = 'focus' | 'prevention' | 'consultation' | 'zinneke-issue' | 'zinneke-article' | 'page';

export interface ScaffoldEntry {
  collection: CollectionName;
  /** The files to write, by path under content/ (where the contract places them). */
  files: Array<{ path: string; data: Record<string, unknown>; body: string }>;
}

export const scaffoldHelp: Record<ScaffoldCollection, string> = {
  focus: 'focus <key>                      e.g. focus perinatal-care',
  prevention: 'prevention <YYYY-MM>-<key>       e.g. prevention 2026-01-cervical-cancer',
  consultation: 'consultation <zone>/<theme>/<YYYY>-<n>   e.g. consultation south/crisis/2026-1',
  'zinneke-issue': 'zinneke-issue <NN>               e.g. zinneke-issue 03',
  'zinneke-article': 'zinneke-article <NN>/<key>      e.g. zinneke-article 03/local-networks',
  page: 'page <site or all>/<key>         e.g. page south/contact',
};

const placeholder: Record<Language, { title: string; summary: string; text: string }> = {
  fr: { title: 'Titre à compléter', summary: 'Résumé en une ou deux phrases, à compléter.', text: 'Texte à compléter.' },
  nl: { title: 'Titel aan te vullen', summary: 'Samenvatting in een of twee zinnen, aan te vullen.', text: 'Tekst aan te vullen.' },
};

const sections: Partial<Record<ScaffoldCollection, Record<Language, string[]>>> = {
  focus: {
    fr: ['1. Première ligne : près de chez soi', '2. Aide spécialisée'],
    nl: ['1. Eerste lijn: dichtbij huis', '2. Gespecialiseerde hulp'],
  },
  prevention: {
    fr: ['Quelques chiffres', 'Dépistage', 'Remboursement', 'Outils de sensibilisation', 'Adresses utiles'],
    nl: ['Enkele cijfers', 'Opsporing', 'Terugbetaling', 'Sensibiliseringsmateriaal', 'Nuttige adressen'],
  },
  consultation: {
    fr: ['Constats', 'Pistes', 'Actions prioritaires proposées'],
    nl: ['Vaststellingen', 'Denksporen', 'Voorgestelde prioritaire acties'],
  },
};

function body(collection: ScaffoldCollection, lang: Language): string {
  const heads = sections[collection]?.[lang] ?? [];
  const text = placeholder[lang].text;
  return heads.length ? heads.map((h) => `## ${h}\n\n${text}\n`).join('\n') : `${text}\n`;
}

/** The files to create for a new entry, or an error message if the key does not fit the collection. */
export function scaffold(
  collection: ScaffoldCollection,
  key: string,
  today: string,
  options: { titles?: Partial<Record<Language, string | undefined>>; themes?: readonly string[] } = {},
): ScaffoldEntry | string {
  const titles = options.titles ?? {};
  // A Focus takes its key as theme when that theme exists, else the first known theme, to be changed.
  const theme = options.themes?.includes(key) ? key : (options.themes?.[0] ?? key);
  const common = (lang: Language) => ({
    title: titles[lang] ?? placeholder[lang].title,
    summary: placeholder[lang].summary,
    draft: true,
  });
  const make = (into: CollectionName, extra: (lang: Language) => Record<string, unknown>): ScaffoldEntry => ({
    collection: into,
    files: (['fr', 'nl'] as const).map((lang) => ({
      path: entryFile(into, key, lang),
      data: { ...common(lang), ...extra(lang) },
      body: body(collection, lang),
    })),
  });
  const year = Number(today.slice(0, 4));
  switch (collection) {
    case 'focus':
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) return 'A Focus key is lowercase words joined by hyphens, e.g. perinatal-care.';
      return make('focus', () => ({ theme, updated: today, edition: year }));
    case 'prevention': {
      const m = /^(\d{4}-(?:0[1-9]|1[0-2]))-[a-z0-9]+(-[a-z0-9]+)*$/.exec(key);
      if (!m) return 'A prevention key starts with its month: 2026-01-cervical-cancer.';
      return make('prevention', () => ({ month: m[1] }));
    }
    case 'consultation': {
      const m = /^([a-z-]+)\/(mental-health|prevention|hospital-ambulatory|crisis)\/(\d{4})-(\d+)$/.exec(key);
      if (!m) return 'A consultation key is <zone>/<theme>/<YYYY>-<n>, e.g. south/crisis/2026-1.';
      const date = m[3] === String(year) ? today : `${m[3]}-01-01`;
      return make('consultations', () => ({
        topic: m[2],
        year: Number(m[3]),
        date,
        meeting: Number(m[4]),
      }));
    }
    case 'zinneke-issue':
      if (!/^\d{2}$/.test(key)) return 'A Zinneke issue key is its two-digit number, e.g. 03.';
      return make('zinnekeIssues', () => ({ number: Number(key), season: 'spring', year }));
    case 'zinneke-article':
      if (!/^\d{2}\/[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) return 'A Zinneke article key is <NN>/<key>, e.g. 03/local-networks.';
      return make('zinnekeArticles', () => ({ issue: key.slice(0, 2), article: key.slice(3), rubric: 'state-of-play' }));
    case 'page':
      if (!/^[a-z0-9-]+\/[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) return 'A page key is <site or all>/<key>, e.g. south/contact.';
      return make('pages', () => ({}));
  }
}
