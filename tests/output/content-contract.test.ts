import { describe, expect, it } from 'vitest';
import { distDir, testBuilds } from '../support/builds.ts';
import { htmlPages } from '../support/dist.ts';

const dist = distDir(testBuilds.contract);

/**
 * tests/fixtures/content-minimal holds one entry per collection; this pins where
 * each lands. Changing a URL here is a breaking change for readers' bookmarks.
 */
describe('content contract: one entry per collection builds to the expected URLs', () => {
  const pages = (host: string) => htmlPages(dist, host);

  it('publishes a Focus on the regional host only, with its slug in each language', () => {
    expect(pages('brusano.brussels')).toContain('/publications/focus/guide-temoin/');
    expect(pages('brusano.brussels')).toContain('/nl/publicaties/focus/testgids/');
    expect(pages('bassin-sud.brussels').some((p) => p.includes('focus'))).toBe(false);
  });

  it('publishes a prevention theme on all six sites', () => {
    for (const host of [
      'brusano.brussels',
      'bassin-nord.brussels',
      'bassin-sud-est.brussels',
      'bassin-centre-ouest.brussels',
    ]) {
      expect(pages(host)).toContain('/prevention/cancer-colorectal/');
    }
    expect(pages('brusano.brussels')).toContain('/nl/preventie/darmkanker/');
    expect(pages('zorgzone-noord-oost.brussels')).toContain('/preventie/darmkanker/');
  });

  it("publishes a synthesis on its zone's host, under its translated theme", () => {
    expect(pages('bassin-sud.brussels')).toContain('/concertations-thematiques/sante-mentale/2024-1/');
    expect(pages('bassin-sud.brussels')).toContain('/concertations-thematiques/sante-mentale/');
    expect(pages('bassin-nord.brussels').some((p) => p.includes('sante-mentale'))).toBe(false);
    expect(pages('brusano.brussels')).toContain('/concertations-thematiques/');
  });

  it('publishes a Zinneke issue and its article on the regional host', () => {
    expect(pages('brusano.brussels')).toContain('/zinneke/01/');
    expect(pages('brusano.brussels')).toContain('/zinneke/01/un-outil/');
  });

  it('publishes a site page scoped to all sites on every host', () => {
    expect(pages('brusano.brussels')).toContain('/mentions-legales/');
    expect(pages('brusano.brussels')).toContain('/nl/juridische-informatie/');
    expect(pages('zorgzone-centrum-west.brussels')).toContain('/juridische-informatie/');
  });
});
