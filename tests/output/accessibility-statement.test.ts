import { describe, expect, it } from 'vitest';
import { distDir, testBuilds } from '../support/builds.ts';
import { page } from '../support/dist.ts';

describe('a site page says when it was last reviewed, from its `reviewed` field', () => {
  const dist = distDir(testBuilds.contract);
  // tests/fixtures/content-minimal/pages/all/legal-notice: reviewed: 2025-01-20, in both languages.
  it.each([
    ['brusano.brussels', '/mentions-legales/', 'Dernière révision le 20 janvier 2025'],
    ['zorgzone-zuid.brussels', '/juridische-informatie/', 'Laatst nagekeken op 20 januari 2025'],
  ])('%s%s', (host, path, shown) => {
    expect(page(dist, host, path)('.entry-header .meta li').text()).toBe(shown);
  });
});

describe('the accessibility statement follows the EU model statement', () => {
  const dist = distDir(testBuilds.sample);
  // Commission Implementing Decision (EU) 2018/1523: status, gaps, preparation, feedback, enforcement.
  it.each([
    [
      'brusano.brussels',
      '/accessibilite/',
      /^Dernière révision le \d{1,2} \p{L}+ \d{4}$/u,
      [
        'État de conformité',
        'Contenus non accessibles',
        'Établissement de cette déclaration',
        'Retour d’information et contact',
        'Procédure de recours',
      ],
    ],
    [
      'zorgzone-noord.brussels',
      '/toegankelijkheid/',
      /^Laatst nagekeken op \d{1,2} \p{L}+ \d{4}$/u,
      [
        'Nalevingsstatus',
        'Niet-toegankelijke inhoud',
        'Opstelling van deze verklaring',
        'Feedback en contact',
        'Beroepsprocedure',
      ],
    ],
  ])('%s%s: sections, review date and where to write', (host, path, reviewed, sections) => {
    const $ = page(dist, host, path);
    expect(
      $('main h2')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(expect.arrayContaining(sections));
    expect($('.entry-header .meta li').text()).toMatch(reviewed);
    expect($('main').text()).toMatch(/WCAG 2\.2/);
    expect($('main').text()).toContain('info@');
  });
});
