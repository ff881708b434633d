import { describe, expect, it } from 'vitest';
import { distDir, testBuilds } from '../support/builds.ts';
import { validateHtml } from '../support/vnu.ts';

describe('HTML validity (Nu Html Checker)', () => {
  it.each([
    ['every page of every host, sample content', testBuilds.sample],
    ['the authoring components and fixtures', testBuilds.contract],
    ['a month whose theme is not announced yet, a Dutch-only page', testBuilds.later],
  ])('%s: 0 errors', (_, build) => {
    const errors = validateHtml(distDir(build)).map((m) => `${m.url.replace(/^.*\/dist\//, '')}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
