import { describe, expect, it } from 'vitest';
import { distDir, testBuilds } from '../support/builds.ts';
import { page } from '../support/dist.ts';

/**
 * tests/fixtures/content-minimal/focus/sample-guide holds, in French and Dutch, each form of
 * markdown authors write: stepped care, a table, bare links, strikethrough, a task list, a footnote.
 */
describe('markdown as authors write it', () => {
  const dist = distDir(testBuilds.contract);
  const pages = {
    fr: page(dist, 'brusano.brussels', '/publications/focus/guide-temoin/'),
    nl: page(dist, 'brusano.brussels', '/nl/publicaties/focus/testgids/'),
  };

  describe.each(['fr', 'nl'] as const)('%s', (lang) => {
    const $ = pages[lang];
    const prose = () => $('.prose');

    it('shows numbered ## headings as stepped-care levels, each with its text', () => {
      const steps = prose().find('section.step').toArray();
      expect(steps.map((s) => s.attribs['data-step'])).toEqual(['1', '2']);
      expect(
        prose()
          .find('section.step h2 .step-number')
          .toArray()
          .map((s) => $(s).text()),
      ).toEqual(['1', '2']);
      expect(prose().find('section.step h2').first().text()).toBe(lang === 'fr' ? '1Première ligne' : '1Eerste lijn');
      // A level-3 heading stays in its step; the next ordinary ## heading ends it.
      expect($(steps[0]).find('h3')).toHaveLength(1);
      expect($(steps[1]).find('table')).toHaveLength(1);
      expect(prose().children('h2').first().closest('section.step')).toHaveLength(0);
      expect(prose().children('h2').first().text()).toBe(lang === 'fr' ? 'Avant le rendez-vous' : 'Voor de afspraak');
    });

    it('renders tables with their header and the columns’ alignment', () => {
      const table = prose().find('table');
      expect(table.find('thead th')).toHaveLength(3);
      expect(table.find('tbody tr')).toHaveLength(2);
      expect(
        table
          .find('thead th')
          .toArray()
          .map((th) => th.attribs.align),
      ).toEqual(['left', 'right', 'center']);
      expect(table.find('tbody td strong')).toHaveLength(1);
      expect(table.find('tbody td code')).toHaveLength(1);
    });

    it('links bare web and e-mail addresses', () => {
      const hrefs = prose()
        .find('a')
        .toArray()
        .map((a) => a.attribs.href);
      expect(hrefs).toContain(`https://www.brusano.brussels/${lang}/`);
      expect(hrefs).toContain(lang === 'fr' ? 'http://www.bassin-sud.brussels' : 'http://www.zorgzone-zuid.brussels');
      expect(hrefs).toContain('mailto:info@brusano.brussels');
    });

    it('strikes text through', () => {
      expect(prose().find('del').text()).toBe(lang === 'fr' ? 'du lundi' : 'op maandag');
    });

    it('shows task lists as ticked and unticked boxes readers cannot change', () => {
      const boxes = prose().find('ul.contains-task-list li.task-list-item input[type=checkbox]');
      expect(boxes.toArray().map((b) => b.attribs.checked !== undefined)).toEqual([true, false]);
      expect(boxes.toArray().every((b) => b.attribs.disabled !== undefined)).toBe(true);
    });

    it('numbers footnotes, each linked to its note and back', () => {
      const ref = prose().find('sup a[data-footnote-ref]');
      expect(ref.text()).toBe('1');
      const note = $(ref.attr('href')!);
      expect(note.closest('section.footnotes')).toHaveLength(1);
      expect(note.text()).toContain(lang === 'fr' ? 'Depuis le 1er mars 2025.' : 'Sinds 1 maart 2025.');
      expect(note.find('a[data-footnote-backref]').attr('href')).toBe(`#${ref.attr('id')}`);
    });

    it('sets apostrophes typographically', () => {
      expect(prose().text()).toContain(lang === 'fr' ? 'l’adresse' : 'foto’s');
      expect(prose().text()).not.toContain("'");
    });
  });
});
