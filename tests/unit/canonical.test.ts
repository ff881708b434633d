import { describe, expect, it } from 'vitest';
import { canonicalEntry, canonicalThemes, formatEntry } from '../../src/content/canonical.ts';

describe('the form the web editor writes', () => {
  it('puts the fields in the contract’s order, unknown keys sorted after them, quotes only where YAML needs them', () => {
    const text = [
      '---',
      'updated: 2025-02-10',
      'zeta: 1',
      'Alpha: 2',
      'summary: "Repères à Bruxelles : qui contacter."',
      'title: "Soins palliatifs"',
      'theme: palliative-care',
      'edition: 2025',
      'webinar:',
      '  registrations: 141',
      '  date: 2024-01-26',
      '---',
      '',
      'Texte.',
      '',
    ].join('\n');
    expect(canonicalEntry('focus', text)).toBe(
      [
        '---',
        'title: Soins palliatifs',
        "summary: 'Repères à Bruxelles : qui contacter.'",
        'theme: palliative-care',
        'edition: 2025',
        'webinar:',
        '  date: 2024-01-26',
        '  registrations: 141',
        'updated: 2025-02-10',
        'Alpha: 2',
        'zeta: 1',
        '---',
        '',
        'Texte.',
        '',
      ].join('\n'),
    );
  });

  it('keeps what YAML would read differently: an issue number stays a quoted string, dates stay dates', () => {
    const out = canonicalEntry(
      'zinnekeArticles',
      '---\nissue: "01"\narticle: edito\nrubric: tools\ntitle: T\nsummary: S\npublishAt: 2026-03-01 09:00\n---\n\nT.\n',
    );
    expect(out).toContain("issue: '01'\n");
    expect(out).toContain('publishAt: 2026-03-01 09:00\n');
  });

  it('trims texts, drops empty optional fields, and leaves a file in that form unchanged', () => {
    const out = formatEntry('pages', { title: ' T ', summary: 'S', slug: '' }, '\n\nTexte.\n\n\n');
    expect(out).toBe('---\ntitle: T\nsummary: S\n---\n\nTexte.\n');
    expect(canonicalEntry('pages', out)).toBe(out);
  });

  it('writes list items with their fields in order, and an entry without text ends after the frontmatter', () => {
    const out = formatEntry(
      'initiatives',
      { initiatives: [{ place: 'Parvis', title: 'Stand' }], prevention: '2025-03-colorectal-cancer' },
      '',
    );
    expect(out).toBe(
      '---\nprevention: 2025-03-colorectal-cancer\ninitiatives:\n  - title: Stand\n    place: Parvis\n---\n',
    );
  });

  it('writes the theme list as key, fr, nl', () => {
    expect(canonicalThemes('- nl: "Tests"\n  key: testing\n  fr: "Essais"\n')).toBe(
      '- key: testing\n  fr: Essais\n  nl: Tests\n',
    );
  });
});
