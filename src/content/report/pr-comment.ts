/**
 * The comment a pull request gets (one, updated on each push): where to see the preview of every
 * host, what `npm run check` says, and whether the entries it changes are translated and up to
 * date. In French and Dutch, as markdown for GitHub. Pure: scripts/pr-comment.ts gathers the facts.
 */
import { isoDay } from '../../i18n/dates.ts';
import type { SiteEdition } from '../../sites/registry.ts';
import { languages, type Bilingual, type Language } from '../../sites/types.ts';
import { formatProblem, formatSummary, type Problem } from '../check/problems.ts';
import type { HistoryGap } from '../drift/history.ts';
import { historyGapNotes } from '../check/messages.ts';
import type { ParityRow } from './translations.ts';

/** Marks the comment so the workflow updates it instead of adding another. */
export const commentMarker = '<!-- brusano-pull-request-preview -->';

const text = {
  title: { fr: 'Aperçu de cette demande', nl: 'Voorbeeld van deze pull request' },
  previewLead: {
    fr: 'Tous les sites, brouillons et entrées programmées compris (non indexés) :',
    nl: 'Alle sites, ontwerpen en geplande items inbegrepen (niet geïndexeerd):',
  },
  noPreview: {
    fr: 'Pas d’aperçu en ligne (pas de cible de déploiement configurée) : téléchargez l’artefact « preview-site » du workflow.',
    nl: 'Geen online voorbeeld (geen deploydoel ingesteld): download het artefact "preview-site" van de workflow.',
  },
  check: { fr: 'Vérification du contenu', nl: 'Controle van de inhoud' },
  errorsListed: { fr: 'Erreurs (elles bloquent la publication)', nl: 'Fouten (ze blokkeren de publicatie)' },
  warningsListed: {
    fr: 'Avertissements sur les fichiers modifiés',
    nl: 'Waarschuwingen over de gewijzigde bestanden',
  },
  otherWarnings: (n: number): Bilingual => ({
    fr: `${n} autre${n > 1 ? 's' : ''} avertissement${n > 1 ? 's' : ''} sur des fichiers que cette demande ne modifie pas.`,
    nl: `${n} andere waarschuwing${n > 1 ? 'en' : ''} over bestanden die deze pull request niet wijzigt.`,
  }),
  translations: { fr: 'Traduction des entrées modifiées', nl: 'Vertaling van de gewijzigde items' },
  noEntries: { fr: 'Aucune entrée modifiée.', nl: 'Geen items gewijzigd.' },
  entry: { fr: 'Entrée', nl: 'Item' },
  present: { fr: 'à jour', nl: 'bijgewerkt' },
  missing: { fr: 'manquante', nl: 'ontbreekt' },
  outdated: (day: string): Bilingual => ({ fr: `dépassée depuis le ${day}`, nl: `verouderd sinds ${day}` }),
  outdatedHelp: {
    fr: 'Traduction dépassée : l’autre langue a changé depuis. Rien à traduire (une coquille) ? Mettez la date du jour dans `translationChecked` du fichier dépassé.',
    nl: 'Verouderde vertaling: de andere taal is sindsdien gewijzigd. Niets te vertalen (een tikfout)? Zet de datum van vandaag in `translationChecked` van het verouderde bestand.',
  },
} as const;

const both = (t: Bilingual, separator = ' / ') => `${t.fr}${separator}${t.nl}`;
const statusCell = (row: ParityRow, lang: Language): string => {
  const status = row.status[lang];
  if (status === 'outdated') return `⚠️ ${both(text.outdated(isoDay(row.outdatedSince!)))}`;
  return status === 'missing' ? `❌ ${both(text.missing)}` : `✅ ${both(text.present)}`;
};
const codeBlock = (lines: string[]) => ['```text', ...lines, '```'];

export interface CommentFacts {
  /** The preview site's address, ending in `/`; null when nothing was deployed. */
  previewUrl: string | null;
  /** Every edition of every site, in the registry's order. */
  editions: readonly SiteEdition[];
  /** What `npm run check` found, paths relative to the project. */
  problems: readonly Problem[];
  /** Files the pull request changes, relative to the project. */
  changed: readonly string[];
  /** The content folder, relative to the project (`content`). */
  contentDir: string;
  /** The translation report's rows (files relative to the content folder). */
  rows: readonly ParityRow[];
  /** Why translation drift is unknown, if it is. */
  historyGap?: HistoryGap | undefined;
}

function previewSection(facts: CommentFacts): string[] {
  if (!facts.previewUrl) return [`> ${both(text.noPreview, '<br>')}`];
  const sites = [...new Set(facts.editions.map((e) => e.site))];
  const link = (e: SiteEdition | undefined) =>
    e ? `[${e.host}${e.basePath}](${facts.previewUrl}${e.host}${e.basePath})` : '—';
  return [
    `${both(text.previewLead, '<br>')}<br>**${facts.previewUrl}**`,
    '',
    '| Site | FR | NL |',
    '| --- | --- | --- |',
    ...sites.map((site) => {
      const cells = languages.map((l) => link(facts.editions.find((e) => e.site === site && e.lang === l)));
      return `| ${site.name.fr} / ${site.name.nl} | ${cells.join(' | ')} |`;
    }),
  ];
}

function checkSection(facts: CommentFacts): string[] {
  const errors = facts.problems.filter((p) => p.severity === 'error');
  const warnings = facts.problems.filter((p) => p.severity === 'warning');
  const ours = warnings.filter((p) => facts.changed.includes(p.file));
  const others = warnings.length - ours.length;
  const lines = [`### ${both(text.check)} (\`npm run check\`)`, '', `${errors.length ? '❌' : '✅'} ${formatSummary(facts.problems).replace('\n', '<br>')}`];
  if (errors.length) lines.push('', `**${both(text.errorsListed)}**`, '', ...codeBlock(errors.map(formatProblem)));
  if (ours.length) lines.push('', `**${both(text.warningsListed)}**`, '', ...codeBlock(ours.map(formatProblem)));
  if (others) lines.push('', both(text.otherWarnings(others), '<br>'));
  return lines;
}

function translationSection(facts: CommentFacts): string[] {
  const inContent = (file: string | undefined) => file && `${facts.contentDir}/${file}`;
  const rows = facts.rows.filter((r) => languages.some((l) => facts.changed.includes(inContent(r.files[l]) ?? '')));
  const lines = [`### ${both(text.translations)}`, ''];
  if (facts.historyGap) lines.push(`> ${both(historyGapNotes[facts.historyGap], '<br>')}`, '');
  if (!rows.length) return [...lines, both(text.noEntries)];
  lines.push(`| ${both(text.entry)} | FR | NL |`, '| --- | --- | --- |');
  for (const r of rows) lines.push(`| ${r.collection}: \`${r.key}\` | ${statusCell(r, 'fr')} | ${statusCell(r, 'nl')} |`);
  if (rows.some((r) => r.outdatedSince)) lines.push('', both(text.outdatedHelp, '<br>'));
  return lines;
}

export function pullRequestComment(facts: CommentFacts): string {
  return [
    commentMarker,
    `## ${both(text.title)}`,
    '',
    ...previewSection(facts),
    '',
    ...checkSection(facts),
    '',
    ...translationSection(facts),
    '',
  ].join('\n');
}
