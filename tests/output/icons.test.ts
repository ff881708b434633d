/** Every host answers /favicon.ico and offers its site's icons and a web app manifest, drawn from its logo. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { editionsOnHost, hosts, siteEditions } from '../../src/sites/registry.ts';
import { distDir, pagePlan, testBuilds } from '../support/builds.ts';
import { fileFor, page } from '../support/dist.ts';

const dist = distDir(testBuilds.sample);
const plan = pagePlan(testBuilds.sample);
const siteOf = (host: string) => editionsOnHost(host)[0]!.site;

/** The images inside an ICO file, read from its header as the format defines it (6 bytes, then 16 per image). */
function icoImages(file: Buffer): Array<{ width: number; height: number; data: Buffer }> {
  expect(file.readUInt16LE(0)).toBe(0);
  expect(file.readUInt16LE(2)).toBe(1); // 1 = icon
  return Array.from({ length: file.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const size = file.readUInt32LE(entry + 8);
    const offset = file.readUInt32LE(entry + 12);
    return {
      width: file[entry] || 256,
      height: file[entry + 1] || 256,
      data: file.subarray(offset, offset + size),
    };
  });
}

/** The colour of one pixel, as #rrggbb. */
async function pixel(image: Buffer, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return `#${[0, 1, 2].map((c) => data[at + c]!.toString(16).padStart(2, '0')).join('')}`;
}

describe('icons and web app manifest of every host', () => {
  it.each([...hosts])('%s: favicon.ico holds 16, 32 and 48 px images of the site logo', async (host) => {
    const images = icoImages(readFileSync(join(dist, host, 'favicon.ico')));
    expect(images.map((i) => `${i.width}x${i.height}`)).toEqual(['16x16', '32x32', '48x48']);
    for (const image of images) {
      const meta = await sharp(image.data).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', image.width, image.height]);
    }
    // The logo is a rounded square in the site's main colour: its top edge, away from the corners.
    expect(await pixel(images[2]!.data, 24, 3)).toBe(siteOf(host).branding.primary);
  });

  it.each([...hosts])('%s: a manifest with the site name, language and colour, and its icons', async (host) => {
    const manifest = JSON.parse(readFileSync(join(dist, host, 'manifest.webmanifest'), 'utf8'));
    const main = editionsOnHost(host).find((e) => e.basePath === '/')!;
    expect(manifest).toMatchObject({
      name: main.site.name[main.lang],
      lang: main.lang,
      start_url: '/',
      theme_color: main.site.branding.primary,
    });
    for (const icon of manifest.icons as Array<{ src: string; sizes: string; type: string }>) {
      const file = fileFor(dist, host, icon.src);
      expect(file, icon.src).not.toBeNull();
      if (icon.type === 'image/png') {
        const meta = await sharp(readFileSync(file!)).metadata();
        expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
      }
    }
    const touch = await sharp(readFileSync(join(dist, host, 'apple-touch-icon.png'))).metadata();
    // Opaque: iOS would paint transparent corners black.
    expect([touch.width, touch.height, touch.hasAlpha]).toEqual([180, 180, false]);
  });

  it.each(siteEditions.map((e) => [`${e.host}${e.basePath}`, e] as const))(
    '%s: pages link the icons, the manifest and the theme colour',
    (_, edition) => {
      for (const p of plan.filter((x) => x.host === edition.host && x.lang === edition.lang).slice(0, 5)) {
        const $ = page(dist, p.host, p.path);
        expect($('link[rel=icon][href="/favicon.ico"]').length, p.path).toBe(1);
        expect($('link[rel=icon][type="image/svg+xml"]').attr('href')).toBe('/favicon.svg');
        expect($('link[rel=apple-touch-icon]').attr('href')).toBe('/apple-touch-icon.png');
        expect($('link[rel=manifest]').attr('href')).toBe('/manifest.webmanifest');
        expect($('meta[name=theme-color]').attr('content')).toBe(edition.site.branding.primary);
      }
    },
  );
});
