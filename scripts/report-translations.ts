/**
 * npm run report:translations — prints the FR/NL parity of all content and
 * writes the same as reports/translations.html for the team (never published).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { historyGapNotes } from '../src/content/check/messages.ts';
import { readHistory } from '../src/content/drift/history.ts';
import { contentRoot } from '../src/settings.ts';
import { reportAsHtml, reportAsText, translationReport } from '../src/content/report/translations.ts';

const root = contentRoot();
const history = readHistory(root);
const report = translationReport(root, { history: 'commits' in history ? history.commits : null });
console.log(reportAsText(report));
if ('gap' in history) console.log(`\n${historyGapNotes[history.gap].fr}\n${historyGapNotes[history.gap].nl}`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/translations.html', reportAsHtml(report, new Date().toISOString().slice(0, 10)));
console.log('\nWritten: reports/translations.html');
