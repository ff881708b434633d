/**
 * The translation report: for every entry, whether its French and Dutch files
 * exist and are in step; and, per language, which zones have local initiatives
 * for which prevention month.
 */
import { zones } from '../../sites/registry.ts';
import { languages, type Language } from '../../sites/types.ts';
import { contentFiles } from '../content-files.ts';
import { markdownFile, placeFile } from '../layout.ts';
import type { CollectionName } from '../contract.ts';
import { initiativesPlace } from '../model.ts';
import { isoDay } from '../../i18n/dates.ts';
import { escapeHtml } from '../../layouts/html.ts';
import { driftIndex, type ContentCommit } from '../drift/drift.ts';

/** `outdated`: the other language changed since this file last did (see drift/drift.ts). */
export type Status = 'present' | 'missing' | 'outdated';

export interface ParityRow {
  collection: CollectionName;
  key: string;
  /** The entry's files, relative to the content folder. */
  files: Partial<Record<Language, string | undefined>>;
  status: Record<Language, Status>;
  /** For an outdated translation: the day of the first change of the other language it has not followed. */
  outdatedSince?: Date;
}

export interface InitiativesGrid {
  months: string[];
  /** zone id → month → languages that have a file */
  cells: Record<string, Record<string, Language[]>>;
}

export interface TranslationReport {
  rows: ParityRow[];
  initiatives: InitiativesGrid;
}

/** `history`: the content's commits, oldest first (drift/history.ts); without it nothing is outdated. */
export function translationReport(
  root: string,
  options: { history?: readonly ContentCommit[] | null | undefined } = {},
): TranslationReport {
  type Files = Partial<Record<Language, { abs: string; rel: string }>>;
  const entries = new Map<string, { collection: CollectionName; key: string; files: Files }>();
  for (const file of contentFiles(root)) {
    if (!markdownFile.test(file.abs)) continue;
    const place = placeFile(file.rel);
    if (!('key' in place)) continue;
    const id = `${place.collection}|${place.key}`;
    const entry = entries.get(id) ?? { collection: place.collection, key: place.key, files: {} };
    entry.files[place.lang] = file;
    entries.set(id, entry);
  }
  const drift = driftIndex(options.history ?? []);

  const rows: ParityRow[] = [];
  const grid: InitiativesGrid = { months: [], cells: Object.fromEntries(zones.map((z) => [z.id, {}])) };
  for (const { collection, key, files } of [...entries.values()].sort((a, b) => a.collection.localeCompare(b.collection) || a.key.localeCompare(b.key))) {
    if (collection === 'initiatives') {
      const { themeKey, siteId: zone } = initiativesPlace(key);
      const month = themeKey.slice(0, 7);
      if (!grid.months.includes(month)) grid.months.push(month);
      const cell = (grid.cells[zone] ??= {});
      cell[month] = languages.filter((l) => files[l]);
      continue;
    }
    const status = { fr: files.fr ? 'present' : 'missing', nl: files.nl ? 'present' : 'missing' } as Record<Language, Status>;
    const row: ParityRow = { collection, key, files: { fr: files.fr?.rel, nl: files.nl?.rel }, status };
    if (files.fr && files.nl) {
      const state = drift({ fr: files.fr.abs, nl: files.nl.abs });
      if (state.outdated) {
        status[state.outdated] = 'outdated';
        row.outdatedSince = state.since;
      }
    }
    rows.push(row);
  }
  grid.months.sort();
  return { rows, initiatives: grid };
}

/** The file of a row that lags behind, relative to the content folder. */
export const outdatedFile = (r: ParityRow): string | undefined => r.files[languages.find((l) => r.status[l] === 'outdated')!];

const label: Record<Status, string> = { present: 'ok', missing: 'MISSING', outdated: 'OUTDATED' };

export function reportAsText(report: TranslationReport): string {
  const width = Math.max(...report.rows.map((r) => r.collection.length + r.key.length + 3), 20);
  const lines = ['Translations / Traductions / Vertalingen', '', `${'entry'.padEnd(width)}  fr       nl`];
  for (const r of report.rows) lines.push(`${`${r.collection}: ${r.key}`.padEnd(width)}  ${label[r.status.fr].padEnd(8)} ${label[r.status.nl]}`);
  lines.push('', 'Local initiatives (zone × month): fr+nl, fr, nl or -', '');
  lines.push(`${''.padEnd(12)} ${report.initiatives.months.map((m) => m.padEnd(8)).join(' ')}`);
  for (const [zone, cells] of Object.entries(report.initiatives.cells)) {
    lines.push(`${zone.padEnd(12)} ${report.initiatives.months.map((m) => (cells[m]?.join('+') || '-').padEnd(8)).join(' ')}`);
  }
  const outdated = report.rows.filter((r) => r.outdatedSince);
  if (outdated.length > 0) lines.push('', 'Outdated translations / Traductions dépassées / Verouderde vertalingen:', '');
  for (const r of outdated) lines.push(`${outdatedFile(r)}  since ${isoDay(r.outdatedSince!)}`);
  const missing = report.rows.filter((r) => r.status.fr !== 'present' || r.status.nl !== 'present').length;
  lines.push('', `${report.rows.length} entries, ${missing} not in step in both languages.`);
  return lines.join('\n');
}

const statusText: Record<Status, string> = {
  present: 'présent / aanwezig',
  missing: 'manquant / ontbreekt',
  outdated: 'dépassée / verouderd',
};

export function reportAsHtml(report: TranslationReport, generated: string): string {
  const rows = report.rows
    .map((r) => `<tr><th scope="row">${escapeHtml(r.collection)}: ${escapeHtml(r.key)}</th>${languages.map((l) => `<td class="${r.status[l]}">${statusText[r.status[l]]}${r.status[l] === 'outdated' ? ` (${isoDay(r.outdatedSince!)})` : ''}</td>`).join('')}</tr>`)
    .join('\n');
  const head = report.initiatives.months.map((m) => `<th scope="col">${m}</th>`).join('');
  const grid = Object.entries(report.initiatives.cells)
    .map(([zone, cells]) => `<tr><th scope="row">${escapeHtml(zones.find((z) => z.id === zone)?.name.fr ?? zone)}</th>${report.initiatives.months.map((m) => `<td>${cells[m]?.join(' + ') || '—'}</td>`).join('')}</tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Traductions / Vertalingen</title>
<style>body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1a1a1a}table{border-collapse:collapse;margin-bottom:2rem}th,td{border:1px solid #bbb;padding:.3rem .6rem;text-align:left}.missing{background:#fde2e1}.outdated{background:#fff4e0}</style>
</head><body>
<h1>Traductions <span lang="nl">/ Vertalingen</span></h1>
<p>Généré le / <span lang="nl">gegenereerd op</span> ${escapeHtml(generated)}</p>
<h2>Entrées / <span lang="nl">Items</span></h2>
<table><thead><tr><th scope="col">Entrée / <span lang="nl">item</span></th><th scope="col">FR</th><th scope="col">NL</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>Initiatives locales par bassin et par mois / <span lang="nl">Lokale initiatieven per zorgzone en per maand</span></h2>
<table><thead><tr><th scope="col">Bassin / <span lang="nl">zorgzone</span></th>${head}</tr></thead><tbody>
${grid}
</tbody></table>
</body></html>
`;
}
