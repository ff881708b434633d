import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { brandingPairs, contrastRatio } from '../../src/sites/branding.ts';
import { contactEmail, hosts, logoPath, siteEditions, sites, zones } from '../../src/sites/registry.ts';

describe('site registry', () => {
  it('declares the region and the five zones with their 11 hosts', () => {
    expect(sites.map((s) => s.id)).toEqual(['region', 'north', 'north-east', 'south', 'south-east', 'centre-west']);
    expect(zones).toHaveLength(5);
    expect([...hosts].sort()).toEqual(
      [
        'brusano.brussels',
        'bassin-nord.brussels',
        'zorgzone-noord.brussels',
        'bassin-nord-est.brussels',
        'zorgzone-noord-oost.brussels',
        'bassin-sud.brussels',
        'zorgzone-zuid.brussels',
        'bassin-sud-est.brussels',
        'zorgzone-zuid-oost.brussels',
        'bassin-centre-ouest.brussels',
        'zorgzone-centrum-west.brussels',
      ].sort(),
    );
  });

  it('gives every host an info@ role address and every site a logo file', () => {
    for (const e of siteEditions) expect(contactEmail(e)).toBe(`info@${e.host}`);
    for (const s of sites) expect(existsSync(logoPath(s)), s.logo).toBe(true);
  });

  it.each(sites.map((s) => [s.id, s] as const))('palette of %s meets WCAG AA contrast (4.5:1)', (_, site) => {
    for (const [use, fg, bg] of brandingPairs(site.branding)) {
      expect(contrastRatio(fg, bg), `${site.id}: ${use}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('computes contrast like the WCAG formula', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
