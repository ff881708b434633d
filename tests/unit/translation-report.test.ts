import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportAsHtml, reportAsText, translationReport } from '../../src/content/report/translations.ts';
import { contentCommit } from '../support/git-repo.ts';
import { contentFixture, md } from '../support/content-fixture.ts';
import { load } from 'cheerio';

let cleanup = () => {};
afterEach(() => cleanup());

describe('translation report', () => {
  it('lists every key with its French and Dutch status, outdated translations (by git history) included', () => {
    const fixture = contentFixture({});
    cleanup = fixture.cleanup;
    const [fr, nl] = ['fr', 'nl'].map((l) => join(fixture.root, `focus/sample-guide/index.${l}.md`)) as [
      string,
      string,
    ];
    const history = [
      contentCommit('a1', '2025-01-10T09:00:00Z', [fr, nl]),
      contentCommit('b2', '2025-02-03T09:00:00Z', [nl]),
    ];
    const report = translationReport(fixture.root, { history });
    expect(report.rows.find((r) => r.key === 'sample-guide')).toMatchObject({
      status: { fr: 'outdated', nl: 'present' },
      files: { fr: 'focus/sample-guide/index.fr.md', nl: 'focus/sample-guide/index.nl.md' },
    });
    expect(report.rows.find((r) => r.key === 'south/mental-health/2024-1')?.status).toEqual({
      fr: 'present',
      nl: 'missing',
    });
    const text = reportAsText(report);
    expect(text).toMatch(/focus: sample-guide\s+OUTDATED\s+ok/);
    expect(text).toContain('focus/sample-guide/index.fr.md  since 2025-02-03');
    expect(load(reportAsHtml(report, '2025-03-15'))('td.outdated').text()).toContain('2025-02-03');
    // Without history nothing is outdated.
    expect(translationReport(fixture.root).rows.find((r) => r.key === 'sample-guide')?.status).toEqual({
      fr: 'present',
      nl: 'present',
    });
  });

  it('shows the zone × month grid of local initiatives per language', () => {
    const fixture = contentFixture({ 'prevention/2025-03-colorectal-cancer/zones/north.nl.md': md('initiatives: []') });
    cleanup = fixture.cleanup;
    const report = translationReport(fixture.root);
    expect(report.initiatives.months).toEqual(['2025-03']);
    expect(report.initiatives.cells.south?.['2025-03']).toEqual(['fr']);
    expect(report.initiatives.cells.north?.['2025-03']).toEqual(['nl']);
    expect(report.initiatives.cells['north-east']?.['2025-03']).toBeUndefined();
    const $ = load(reportAsHtml(report, '2025-03-15'));
    expect($('tr:contains("Bassin Sud") td').first().text()).toBe('fr');
    // The fixture's synthesis, Zinneke issue and article exist in French only.
    expect($('td.missing').length).toBe(3);
  });
});
