/**
 * Draws each host's icons from its site's logo with sharp: favicon.ico (16, 32, 48 px, encoded
 * by ico-endec), the SVG itself, an Apple touch icon and the manifest's PNGs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import icoEndec from 'ico-endec';
import sharp from 'sharp';
import {
  appleTouchSize,
  icoSizes,
  iconPaths,
  manifestIconPath,
  manifestIconSizes,
  webManifest,
} from '../sites/icons.ts';
import { editionsOnHost, logoPath } from '../sites/registry.ts';

// A logo drawn at 48 px renders sharply down to 16; the density keeps large sizes crisp.
const png = (svg: Buffer, size: number, background?: string) => {
  const image = sharp(svg, { density: 72 * Math.ceil(size / 48) }).resize(size, size);
  return (background ? image.flatten({ background }) : image).png().toBuffer();
};

/** Every icon file of a host, by path on the host. */
export async function hostIcons(host: string): Promise<Record<string, Buffer | string>> {
  const site = editionsOnHost(host)[0]!.site;
  const svg = await readFile(logoPath(site));
  const files: Record<string, Buffer | string> = {
    [iconPaths.svg]: svg,
    [iconPaths.ico]: icoEndec.encode(await Promise.all(icoSizes.map((size) => png(svg, size)))),
    // iOS fills transparent corners with black: the touch icon sits on white.
    [iconPaths.appleTouch]: await png(svg, appleTouchSize, '#ffffff'),
    [iconPaths.manifest]: `${JSON.stringify(webManifest(host), null, 2)}\n`,
  };
  for (const size of manifestIconSizes) files[manifestIconPath(size)] = await png(svg, size);
  return files;
}

export async function writeHostIcons(hostDir: string, host: string): Promise<void> {
  for (const [path, data] of Object.entries(await hostIcons(host))) await writeFile(join(hostDir, path), data);
}
