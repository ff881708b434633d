/**
 * What a text may contain. The refused constructs each have a case in the malformed-content
 * corpus (tests/fixtures/malformed/html-*, link-*, mdx-*); here: the allowed HTML passes, links
 * of every permitted kind pass, and the authoring guides list exactly the allowed tags.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check/check-content.ts';
import { allowedHtml, schemeOf } from '../../src/content/check/rules/active-content.ts';
import type { Problem } from '../../src/content/check/problems.ts';
import { root } from '../support/builds.ts';
import { contentFixture, md } from '../support/content-fixture.ts';

let cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function errorsIn(file: string, text: string): Problem[] {
  // An .mdx entry replaces the .md one (both would be the same page).
  const { root: content, cleanup } = contentFixture({
    [file]: text,
    [file.replace(/\.mdx$/, '.md')]: file.endsWith('.mdx') ? null : text,
  });
  cleanups.push(cleanup);
  return checkContent({ root: content, base: content, now: new Date('2025-03-15T10:00:00Z') }).filter(
    (p) => p.severity === 'error',
  );
}

const focusFields = (extra = '') =>
  `title: Guide témoin\nsummary: Un guide.\nslug: guide-temoin\ntheme: testing\nupdated: 2025-01-15\nedition: 2025\n${extra}`;
const focus = (body: string) =>
  md(
    'title: Guide témoin\nsummary: Un guide.\nslug: guide-temoin\ntheme: testing\nupdated: 2025-01-15\nedition: 2025',
    body,
  );

describe('plain HTML that stays allowed', () => {
  it('phrasing tags, a disclosure box and a line break in a table pass the check', () => {
    const body = [
      'Le <abbr title="Centre public d\'action sociale">CPAS</abbr> du 1<sup>er</sup> étage, CO<sub>2</sub>.',
      '',
      'Dites <span lang="nl">goedendag</span>, <kbd>Ctrl</kbd>, <mark>important</mark>, <time datetime="2025-03-01">1 mars</time>.',
      '',
      '<details open>',
      '<summary>Une question ?</summary>',
      '',
      'La réponse, avec un [lien](https://www.brusano.brussels/) et un <!-- commentaire -->.',
      '',
      '</details>',
      '',
      '| Service | Horaires |',
      '| --- | --- |',
      '| Accueil | lundi<br>mardi |',
    ].join('\n');
    expect(errorsIn('focus/sample-guide/index.fr.md', focus(body))).toEqual([]);
  });

  it('the same in MDX, with a component', () => {
    const body =
      'Le <abbr title="Centre public">CPAS</abbr>, 1<sup>er</sup>.\n\n<Callout title="Délai">Trois <strong>semaines</strong>.</Callout>\n';
    expect(errorsIn('focus/sample-guide/index.fr.mdx', focus(body))).toEqual([]);
  });

  it('links to the web, e-mail, phone, other entries, anchors and files beside the entry', () => {
    const body = [
      '[web](https://www.brusano.brussels/) [http](http://example.be) [courriel](mailto:info@brusano.brussels)',
      '[téléphone](tel:+3221234567) [entrée](page:all/legal-notice) [ancre](#section) [relatif](./guide.pdf)',
      '<https://www.brusano.brussels/>',
    ].join('\n');
    expect(
      errorsIn('focus/sample-guide/index.fr.md', focus(body)).filter((p) => p.message.fr.includes('adresse')),
    ).toEqual([]);
  });
});

describe('address fields in the frontmatter', () => {
  it('take web and e-mail addresses (z.url alone would also take javascript:)', () => {
    const services = (website: string) =>
      `services:\n  - name: Service\n    offer: Aide\n    website: "${website}"\nservicesReviewed: 2025-03-01`;
    const file = 'focus/sample-guide/index.fr.md';
    for (const ok of ['https://www.brusano.brussels/', 'http://example.be', 'mailto:info@brusano.brussels']) {
      expect(errorsIn(file, md(focusFields(services(ok)))), ok).toEqual([]);
    }
    for (const refused of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) {
      const [p] = errorsIn(file, md(focusFields(services(refused))));
      expect(p, refused).toMatchObject({ field: 'services[1].website', line: 11 });
      expect(p!.fix.fr).toContain('https://');
    }
  });
});

describe('HTML shown as code', () => {
  it('is text, not HTML: a code span or a code block may show a <script>', () => {
    const body = 'Ne collez jamais `<script>` ni `[x](javascript:…)`.\n\n```html\n<iframe src="x"></iframe>\n```\n';
    expect(errorsIn('focus/sample-guide/index.fr.md', focus(body))).toEqual([]);
  });
});

describe('the scheme of an address, as a browser reads it', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JavaScript:alert(1)', 'javascript'],
    [' java\tscript:alert(1)', 'javascript'],
    ['data:text/html,x', 'data'],
    ['https://x.be', 'https'],
    ['./photo.jpg', undefined],
    ['#top', undefined],
  ])('%s', (url, scheme) => {
    expect(schemeOf(url)).toBe(scheme);
  });
});

describe('the authoring guides', () => {
  it.each(['authoring.md', 'authoring.fr.md', 'authoring.nl.md'])('%s lists every allowed tag', (guide) => {
    const text = readFileSync(join(root, 'docs', guide), 'utf8');
    const missing = Object.keys(allowedHtml).filter((tag) => !text.includes(`<${tag}>`) && !text.includes(`<${tag} `));
    expect(missing).toEqual([]);
  });
});
