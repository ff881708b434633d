/**
 * npm run report:translations — prints the FR/NL parity of all content and
 * writes the same as reports/translations.html for the team (never published).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gitLastChanged } from '../src/content/check/git-dates.ts';
import { contentRoot } from '../src/settings.ts';
import { reportAsHtml, reportAsText, translationReport } from '../src/content/report/translations.ts';

const root = contentRoot();
const report = translationReport(root, { lastChanged: gitLastChanged(process.cwd(), root) });
console.log(reportAsText(report));
mkdirSync('reports', { recursive: true });
writeFileSync('reports/translations.html', reportAsHtml(report, new Date().toISOString().slice(0, 10)));
console.log('\nWritten: reports/translations.html');
