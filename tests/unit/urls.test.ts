import { describe, expect, it } from 'vitest';
import { absoluteUrl, href, locate, relativePath } from '../../src/routing/urls.ts';
import { editionOf, getSite } from '../../src/sites/registry.ts';

const regionFr = editionOf(getSite('region'), 'fr');
const regionNl = editionOf(getSite('region'), 'nl');
const southNl = editionOf(getSite('south'), 'nl');

describe('URL resolver', () => {
  it('translates collection paths where the words differ', () => {
    expect(relativePath({ kind: 'focus', slug: 'soins-palliatifs' }, 'fr')).toBe(
      'publications/focus/soins-palliatifs/',
    );
    expect(relativePath({ kind: 'focus', slug: 'palliatieve-zorg' }, 'nl')).toBe('publicaties/focus/palliatieve-zorg/');
    expect(relativePath({ kind: 'consultationTheme', theme: 'mental-health' }, 'nl')).toBe(
      'thematisch-overleg/geestelijke-gezondheid/',
    );
  });

  it('puts Dutch under /nl/ on the regional host and at / on a zone host', () => {
    expect(locate(regionNl, { kind: 'preventionIndex' })).toEqual({ host: 'brusano.brussels', path: '/nl/preventie/' });
    expect(locate(regionFr, { kind: 'home' })).toEqual({ host: 'brusano.brussels', path: '/' });
    expect(locate(southNl, { kind: 'home' })).toEqual({ host: 'zorgzone-zuid.brussels', path: '/' });
  });

  it('writes same-host links as paths and cross-host links as full URLs', () => {
    const target = locate(southNl, { kind: 'preventionIndex' });
    expect(href('zorgzone-zuid.brussels', target)).toBe('/preventie/');
    expect(href('brusano.brussels', target)).toBe('https://zorgzone-zuid.brussels/preventie/');
    expect(absoluteUrl(locate(regionFr, { kind: 'notFound' }))).toBe('https://brusano.brussels/404.html');
  });
});
