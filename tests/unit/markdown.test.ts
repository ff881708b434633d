import { describe, expect, it } from 'vitest';
import {
  markdownProcessor,
  mayHaveAlignedColumns,
  styleAlignment,
  withoutFinalLineFeed,
} from '../../src/content/markdown.ts';
import { mayHaveSteps } from '../../src/content/steps.ts';

/** The markdown of an entry as the build renders it (the processor Astro is configured with). */
const renderer = markdownProcessor().createRenderer({});
const html = async (markdown: string) => (await (await renderer).render(markdown, { frontmatter: {} })).code;

describe('stepped care', () => {
  it('turns each numbered ## heading and what follows into a numbered section', async () => {
    expect(
      await html('Intro.\n\n## 1. Première ligne\n\nTexte.\n\n### Détail\n\nPlus.\n\n## 2) Spécialisé\n\nFin.'),
    ).toBe(
      [
        '<p>Intro.</p>',
        '<section class="step" data-step="1">',
        '<h2 id="1première-ligne"><span class="step-number">1</span>Première ligne</h2>',
        '<p>Texte.</p>',
        '<h3 id="détail">Détail</h3>',
        '<p>Plus.</p>',
        '</section>',
        '<section class="step" data-step="2">',
        '<h2 id="2spécialisé"><span class="step-number">2</span>Spécialisé</h2>',
        '<p>Fin.</p>',
        '</section>',
      ].join('\n'),
    );
  });

  it('ends a step at the next # or ## heading that is not a step', async () => {
    const out = await html('## 1. Un\n\nA.\n\n## Autre chose\n\nB.\n\n## 12. Douze\n\nC.\n\n# Titre\n\nD.');
    expect(out).toContain('<p>A.</p>\n</section>\n<h2 id="autre-chose">Autre chose</h2>\n<p>B.</p>\n<section');
    expect(out).toContain('data-step="12"');
    expect(out).toContain('<p>C.</p>\n</section>\n<h1 id="titre">Titre</h1>\n<p>D.</p>');
  });

  it('keeps the heading’s formatting after the number', async () => {
    expect(await html('## 3. Troisième **étape** avec `code`')).toContain(
      '<h2 id="3troisième-étape-avec-code"><span class="step-number">3</span>Troisième <strong>étape</strong> avec <code>code</code></h2>',
    );
  });

  it.each([
    ['three digits', '## 123. Pas une étape'],
    ['no space after the number', '## 4.Collé'],
    ['a level-3 heading', '### 1. Sous-titre'],
    ['a heading inside a quote', '> ## 1. Cité'],
    ['a number in bold', '## **1.** Gras'],
  ])('leaves ordinary headings alone: %s', async (_, markdown) => {
    expect(await html(markdown)).not.toContain('class="step"');
  });

  it('reads an escaped number as authors see it', async () => {
    expect(await html('## 1\\. Échappé')).toContain('<section class="step" data-step="1">');
  });

  it('looks at a document’s source first, and never skips one that may hold a step', () => {
    expect(mayHaveSteps('## 1. Un')).toBe(true);
    expect(mayHaveSteps('Texte.\n\n   ##\t2) Deux')).toBe(true);
    expect(mayHaveSteps('## 1\\. Échappé')).toBe(true);
    expect(mayHaveSteps('## &#49;. Référence')).toBe(true);
    expect(mayHaveSteps('## Chiffres\n\nEn 2024, 12 centres.')).toBe(false);
    expect(mayHaveSteps('### 1. Sous-titre\n\n    ## 1. code')).toBe(false);
  });
});

describe('GitHub-flavoured markdown and typography', () => {
  it('writes aligned table columns as align attributes (the CSP blocks inline styles)', async () => {
    const out = await html('| a | b | c |\n| :- | :-: | -: |\n| 1 | 2 | 3 |');
    expect(out).toContain('<th align="left">a</th>\n<th align="center">b</th>\n<th align="right">c</th>');
    expect(out).not.toContain('style=');
    expect(styleAlignment('text-align: right')).toBe('right');
    expect(styleAlignment('text-align:center;')).toBe('center');
    expect(styleAlignment('color: red')).toBeNull();
    expect(styleAlignment(undefined)).toBeNull();
  });

  it('looks at a document’s source first, and never skips one that may hold an aligned column', async () => {
    for (const table of ['| a |\n|:-|\n| 1 |', '| a |\n| --: |\n| 1 |', '> | a | b |\n> |---|:---:|\n> | 1 | 2 |']) {
      expect(mayHaveAlignedColumns(table)).toBe(true);
      expect(await html(table)).toContain(' align="');
    }
    expect(mayHaveAlignedColumns('| a | b |\n|---|---|\n| 1 | 2 |\n\nÀ 10:30 - fin.')).toBe(false);
    expect(await html('| a | b |\n|---|---|\n| 1 | 2 |')).toContain('<th>a</th>');
  });

  it('links bare addresses, strikes through, ticks task lists and numbers footnotes', async () => {
    const out = await html(
      'Voir www.brusano.brussels, ~~non~~.\n\n- [x] fait\n- [ ] à faire\n\nNote[^a].\n\n[^a]: Texte.',
    );
    expect(out).toContain('<a href="http://www.brusano.brussels">www.brusano.brussels</a>');
    expect(out).toContain('<del>non</del>');
    expect(out).toContain('<li class="task-list-item"><input type="checkbox" checked disabled> fait</li>');
    expect(out).toContain('<a href="#user-content-fn-a" id="user-content-fnref-a" data-footnote-ref');
    expect(out).toContain('<li id="user-content-fn-a">');
  });

  it('sets quotes, apostrophes and ellipses typographically', async () => {
    expect(await html('"Bonjour", c\'est... ça')).toBe('<p>“Bonjour”, c’est… ça</p>');
  });

  it('ends the HTML as the page template expects, without a final line feed', () => {
    expect(withoutFinalLineFeed('<p>a</p>\n')).toBe('<p>a</p>');
    expect(withoutFinalLineFeed('<p>a</p>')).toBe('<p>a</p>');
  });
});
