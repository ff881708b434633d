/**
 * Puts the web editor into a host's folder: Sveltia CMS from npm, bundled by Vite with its fonts
 * and UI languages (so the page makes no request to any other origin), and its configuration
 * generated from the contract, the registry and the theme list.
 *
 * The bundle (about 2 MB of script, 17 MB with the lazily loaded parts) takes Vite about ten
 * seconds: it is built once per version of Sveltia CMS, Vite and the admin page's own files, and
 * kept in the package cache (src/settings.ts), so a content build only copies it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readThemes } from '../content/check/rules/files.ts';
import { packageCacheDir } from '../settings.ts';
import type { Site } from '../sites/types.ts';
import { editorConfig, type EditorInputs } from './config.ts';
import { editorHost, editorPath, editorSettings } from './settings.ts';

/** The admin page's own sources (index.html, main.ts), relative to the project. */
const adminSources = 'src/editor/admin';

/** What the bundle depends on: the packages' versions and the admin page's files. */
export function bundleKey(root: string): string {
  const version = (name: string) =>
    (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  const hash = createHash('sha256');
  hash.update(`@sveltia/cms@${version('@sveltia/cms')} vite@${version('vite')} ${editorPath}\n`);
  const dir = join(root, adminSources);
  for (const name of readdirSync(dir).sort()) hash.update(`${name}\n`).update(readFileSync(join(dir, name)));
  return hash.digest('hex').slice(0, 16);
}

/** The bundled editor, from the cache or built into it. */
export async function editorBundle(root: string, cacheDir = join(packageCacheDir(root), 'editor')): Promise<string> {
  const key = bundleKey(root);
  const dir = join(cacheDir, key);
  if (existsSync(join(dir, 'index.html'))) return dir;
  const scratch = `${dir}.${process.pid}.tmp`;
  const { build } = await import('vite');
  await build({
    root: join(root, adminSources),
    base: editorPath,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: scratch,
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
    },
  });
  // Another build may have filled the cache meanwhile: keep the first, drop older versions.
  await rename(scratch, dir).catch(() => rm(scratch, { recursive: true, force: true }));
  for (const name of readdirSync(cacheDir)) {
    if (name !== key && !name.endsWith('.tmp')) await rm(join(cacheDir, name), { recursive: true, force: true });
  }
  return dir;
}

/** Writes the editor and its configuration into `<hostDir>/admin/`. */
export async function writeEditor(root: string, hostDir: string, inputs: EditorInputs): Promise<void> {
  const target = join(hostDir, editorPath);
  await mkdir(target, { recursive: true });
  await cp(await editorBundle(root), target, { recursive: true });
  await writeFile(join(target, 'config.json'), `${JSON.stringify(editorConfig(inputs), null, 2)}\n`);
}

/**
 * The build's step: the editor on the regional host, when that host is built (`--host` of a
 * zone builds no editor). Its theme choices are those of the content being built.
 */
export async function addEditor(
  root: string,
  staging: string,
  hosts: readonly string[],
  sites: readonly Site[],
  contentDir: string,
): Promise<void> {
  const host = editorHost(sites);
  if (!hosts.includes(host)) return;
  const { themes } = readThemes(contentDir, (path) => path);
  await writeEditor(root, join(staging, host), { sites, themes, settings: editorSettings });
}
