/**
 * The translation report: for every entry, whether its French and Dutch files
 * exist and are in step; and, per language, which zones have local initiatives
 * for which prevention month.
 */
import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { zones } from '../../sites/registry.ts';
import { languages, type Language } from '../../sites/types.ts';
import { contentFiles } from '../content-files.ts';
import { markdownFile, placeFile } from '../layout.ts';
import type { CollectionName } from '../contract.ts';
import { initiativesPlace } from '../model.ts';

export type Status = 'present' | 'missing' | 'stale';

export interface ParityRow {
  collection: CollectionName;
  key: string;
  status: Record<Language, Status>;
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

export function translationReport(
  root: string,
  options: { staleAfterDays?: number; lastChanged?: (file: string) => Date | undefined } = {},
): TranslationReport {
  const staleMs = (options.staleAfterDays ?? 30) * 86_400_000;
  const entries = new Map<string, { collection: CollectionName; key: string; files: Partial<Record<Language, string>> }>();
  for (const { abs, rel } of contentFiles(root)) {
    if (!markdownFile.test(abs)) continue;
    const place = placeFile(rel);
    if (!('key' in place)) continue;
    const id = `${place.collection}|${place.key}`;
    const entry = entries.get(id) ?? { collection: place.collection, key: place.key, files: {} };
    entry.files[place.lang] = abs;
    entries.set(id, entry);
  }
  const changed = (file: string): Date | undefined => {
    try {
      const updated = matter(readFileSync(file, 'utf8'), {}).data.updated;
      if (updated instanceof Date) return updated;
    } catch {
      // Unreadable files are the checker's business.
    }
    return options.lastChanged?.(file);
  };

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
    if (files.fr && files.nl) {
      const [fr, nl] = [changed(files.fr), changed(files.nl)];
      if (fr && nl && Math.abs(fr.getTime() - nl.getTime()) > staleMs) status[fr < nl ? 'fr' : 'nl'] = 'stale';
    }
    rows.push({ collection, key, status });
  }
  grid.months.sort();
  return { rows, initiatives: grid };
}

const label: Record<Status, string> = { present: 'ok', missing: 'MISSING', stale: 'stale' };

export function reportAsText(report: TranslationReport): string {
  const width = Math.max(...report.rows.map((r) => r.collection.length + r.key.length + 3), 20);
  const lines = ['Translations / Traductions / Vertalingen', '', `${'entry'.padEnd(width)}  fr       nl`];
  for (const r of report.rows) lines.push(`${`${r.collection}: ${r.key}`.padEnd(width)}  ${label[r.status.fr].padEnd(8)} ${label[r.status.nl]}`);
  lines.push('', 'Local initiatives (zone × month): fr+nl, fr, nl or -', '');
  lines.push(`${''.padEnd(12)} ${report.initiatives.months.map((m) => m.padEnd(8)).join(' ')}`);
  for (const [zone, cells] of Object.entries(report.initiatives.cells)) {
    lines.push(`${zone.padEnd(12)} ${report.initiatives.months.map((m) => (cells[m]?.join('+') || '-').padEnd(8)).join(' ')}`);
  }
  const missing = report.rows.filter((r) => r.status.fr !== 'present' || r.status.nl !== 'present').length;
  lines.push('', `${report.rows.length} entries, ${missing} not in step in both languages.`);
  return lines.join('\n');
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const statusText: Record<Status, string> = { present: 'présent / aanwezig', missing: 'manquant / ontbreekt', stale: 'en retard / verouderd' };

export function reportAsHtml(report: TranslationReport, generated: string): string {
  const rows = report.rows
    .map((r) => `<tr><th scope="row">${escape(r.collection)}: ${escape(r.key)}</th>${languages.map((l) => `<td class="${r.status[l]}">${statusText[r.status[l]]}</td>`).join('')}</tr>`)
    .join('\n');
  const head = report.initiatives.months.map((m) => `<th scope="col">${m}</th>`).join('');
  const grid = Object.entries(report.initiatives.cells)
    .map(([zone, cells]) => `<tr><th scope="row">${escape(zones.find((z) => z.id === zone)?.name.fr ?? zone)}</th>${report.initiatives.months.map((m) => `<td>${cells[m]?.join(' + ') || '—'}</td>`).join('')}</tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Traductions / Vertalingen</title>
<style>body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1a1a1a}table{border-collapse:collapse;margin-bottom:2rem}th,td{border:1px solid #bbb;padding:.3rem .6rem;text-align:left}.missing{background:#fde2e1}.stale{background:#fff4e0}</style>
</head><body>
<h1>Traductions <span lang="nl">/ Vertalingen</span></h1>
<p>Généré le / <span lang="nl">gegenereerd op</span> ${escape(generated)}</p>
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
