import { afterEach, describe, expect, it } from 'vitest';
import { reportAsHtml, reportAsText, translationReport } from '../../src/content/report/translations.ts';
import { contentFixture, md } from '../support/content-fixture.ts';
import { load } from 'cheerio';

let cleanup = () => {};
afterEach(() => cleanup());

describe('translation report', () => {
  it('lists every key with its French and Dutch status, stale translations included', () => {
    const fixture = contentFixture({
      'focus/sample-guide/index.nl.md': md(
        'title: T\nsummary: S\nslug: testgids\ntheme: testing\nupdated: 2024-01-01\nedition: 2025',
      ),
    });
    cleanup = fixture.cleanup;
    const report = translationReport(fixture.root);
    expect(report.rows.find((r) => r.key === 'sample-guide')?.status).toEqual({ fr: 'present', nl: 'stale' });
    expect(report.rows.find((r) => r.key === 'south/mental-health/2024-1')?.status).toEqual({
      fr: 'present',
      nl: 'missing',
    });
    expect(reportAsText(report)).toMatch(/focus: sample-guide\s+ok\s+stale/);
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
