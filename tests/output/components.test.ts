import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, testBuilds } from '../support/builds.ts';
import { page } from '../support/dist.ts';

/** tests/fixtures/content-minimal/focus/components-guide uses every MDX component authors have. */
describe('authoring components in MDX', () => {
  const dist = distDir(testBuilds.contract);
  const fr = page(dist, 'brusano.brussels', '/publications/focus/guide-composants/');
  const nl = page(dist, 'brusano.brussels', '/nl/publicaties/focus/gids-componenten/');

  it('renders callout, steps, contact card and service directory, labelled in the page language', () => {
    expect(fr('.callout-warning .callout-title').text()).toBe('Délai');
    expect(
      fr('.step')
        .toArray()
        .map((s) => s.attribs['data-step']),
    ).toEqual(['1', '2']);
    expect(fr('.step h2').first().text()).toBe('1Première ligne');
    expect(fr('.contact-card dt').first().text()).toBe('Courriel');
    expect(nl('.contact-card dt').first().text()).toBe('E-mail');
    expect(nl('.service dt').first().text()).toBe('Wat ze aanbieden');
  });

  it('renders the video as a placeholder with a plain link, the embed only as data for the click', () => {
    expect(fr('iframe')).toHaveLength(0);
    const video = fr('[data-video]').last();
    expect(video.find('a').attr('href')).toBe('https://www.youtube.com/watch?v=aqz-KE-bpKQ');
    expect(video.find('[data-video-load]').attr('data-embed')).toBe(
      'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ',
    );
    expect(fr('script[src*="VideoEmbed"]')).toHaveLength(1);
  });

  it('renders a figure with a responsive image, its alt text and caption', () => {
    const img = fr('figure.figure img');
    expect(img.attr('alt')).toBe('Schéma du réseau de soins');
    expect(img.attr('width')).toBe('640');
    expect(img.attr('height')).toBe('360');
    expect(fr('figure.figure source[type="image/avif"]').attr('srcset')).toMatch(/320w/);
    expect(fr('figure.figure figcaption').text()).toBe('Le réseau autour de la personne.');
  });

  it('leaves plain markdown entries without any component script', () => {
    expect(page(dist, 'brusano.brussels', '/publications/focus/guide-temoin/')('script[src]')).toHaveLength(0);
  });
});

describe('downloads', () => {
  const dist = distDir(testBuilds.sample);
  it.each([
    // Intl puts a narrow no-break space between number and unit.
    ['/publications/focus/soins-palliatifs/', 'focus-soins-palliatifs-2025.pdf', /\(PDF, \d+\s?ko\)/u],
    ['/nl/publicaties/focus/palliatieve-zorg/', 'focus-palliatieve-zorg-2025.pdf', /\(PDF, \d+\s?kB\)/u],
  ])('%s offers its PDF beside the page, with its size', (path, file, size) => {
    const link = page(dist, 'brusano.brussels', path)('.download a');
    expect(link.attr('href')).toBe(`${path}${file}`);
    expect(link.text()).toMatch(size);
    expect(existsSync(join(dist, 'brusano.brussels', path, file))).toBe(true);
  });
});
