import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClock, settingVariables } from '../../src/settings.ts';
import { root } from '../support/builds.ts';

describe('build settings', () => {
  it('BUILD_DATE pins "now"; SOURCE_DATE_EPOCH is its reproducible-builds alias; BUILD_DATE wins', () => {
    expect(buildClock({ BUILD_DATE: '2025-10-15' }).now.toISOString()).toBe('2025-10-15T00:00:00.000Z');
    expect(buildClock({ SOURCE_DATE_EPOCH: '1760486400' }).now.toISOString()).toBe('2025-10-15T00:00:00.000Z');
    expect(buildClock({ BUILD_DATE: '2024-01-01', SOURCE_DATE_EPOCH: '1760486400' }).now.getUTCFullYear()).toBe(2024);
  });

  it('says which value is wrong', () => {
    expect(() => buildClock({ BUILD_DATE: 'yesterday' })).toThrow("BUILD_DATE='yesterday' is not a date");
    expect(() => buildClock({ SOURCE_DATE_EPOCH: '2025-10-15' })).toThrow("SOURCE_DATE_EPOCH='2025-10-15'");
  });

  it('preview mode only with BRUSANO_PREVIEW=1', () => {
    expect(buildClock({ BRUSANO_PREVIEW: '1' }).preview).toBe(true);
    expect(buildClock({}).preview).toBe(false);
  });

  it('the README lists every variable the build reads', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const variable of Object.values(settingVariables)) expect(readme).toContain(`\`${variable}\``);
  });
});
