/**
 * Driving the web editor (Sveltia CMS) in Chromium as an author would, against a repository held
 * in the browser's private file system (OPFS) through its "local repository" mode:
 * - the built editor is answered from dist/<host>/admin/ at http://127.0.0.1 (the local
 *   repository button shows only on a loopback host), with the headers that host's `_headers`
 *   declares, so the editor runs under its real Content-Security-Policy;
 * - any other request is refused and recorded (the network is closed here);
 * - the folder picker returns the OPFS folder the test filled (browsers ask a person otherwise).
 * Selectors are the editor's roles, labels and data attributes, not its generated class names.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { contentTypes, resolveFile } from '../../src/serve/static-server.ts';
import { editorPath } from '../../src/editor/settings.ts';
import { headersFor, parseHeaders } from './virtual-hosts.ts';

/** A loopback origin: nothing listens there, Playwright answers every request. */
export const editorOrigin = 'http://127.0.0.1:4390';

export interface EditorSession {
  page: Page;
  context: BrowserContext;
  /** Requests that left the editor's origin (refused). */
  foreign: string[];
  /** What the Content-Security-Policy refused: directive and address. */
  refused: string[];
  pageErrors: string[];
}

/** Files of a repository, by path from its root. */
export type Repository = Record<string, Buffer>;

export async function openEditor(browser: Browser, hostDir: string, repository: Repository): Promise<EditorSession> {
  const context = await browser.newContext({
    locale: 'en-US',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1400, height: 1000 },
  });
  const rules = parseHeaders(readFileSync(join(hostDir, '_headers'), 'utf8'));
  const foreign: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== editorOrigin) {
      foreign.push(url.href);
      return route.abort('blockedbyclient');
    }
    if (url.pathname === '/blank.html')
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>-</title>' });
    const file = resolveFile(hostDir, url.pathname);
    if (!file) return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({
      headers: {
        ...headersFor(rules, url.pathname),
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      },
      body: readFileSync(file),
    });
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const refused: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.exposeFunction('__refused', (text: string) => refused.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __refused: (t: string) => void }).__refused(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });

  // Fill the private file system on the same origin, before the editor runs.
  await page.goto(`${editorOrigin}/blank.html`);
  await writeRepository(page, repository);
  await context.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker =
      async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
  });
  await page.goto(`${editorOrigin}${editorPath}`);
  await page.getByRole('button', { name: 'Work with Local Repository' }).click({ timeout: 60_000 });
  await page.getByRole('button', { name: 'New' }).waitFor({ timeout: 60_000 });
  return { page, context, foreign, refused, pageErrors };
}

async function writeRepository(page: Page, repository: Repository): Promise<void> {
  const files = Object.entries(repository).map(([path, bytes]) => [path, bytes.toString('base64')]);
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry('repo', { recursive: true }).catch(() => undefined);
    const repo = await root.getDirectoryHandle('repo', { create: true });
    for (const [path, base64] of files) {
      const parts = path!.split('/');
      let dir = repo;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(base64!), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, files);
}

/** Every file of the repository as the editor left it. */
async function readOnce(page: Page): Promise<Repository> {
  const files: Array<[string, string]> = await page.evaluate(async () => {
    const out: Array<[string, string]> = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        const path = prefix ? `${prefix}/${name}` : name;
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, path);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          let binary = '';
          for (const b of bytes) binary += String.fromCharCode(b);
          out.push([path, btoa(binary)]);
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repo'), '');
    return out;
  });
  return Object.fromEntries(files.map(([path, base64]) => [path, Buffer.from(base64, 'base64')]));
}

/** Every file of the repository as the editor left it (read again if the editor was moving a file). */
export async function readRepository(page: Page): Promise<Repository> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await readOnce(page);
    } catch (error) {
      if (attempt === 5) throw error;
      await page.waitForTimeout(300);
    }
  }
}

/** Files of a folder (a content fixture), by path under `prefix`. */
export function folderFiles(dir: string, prefix: string, walk: (dir: string) => string[]): Repository {
  return Object.fromEntries(
    walk(dir).map((abs) => [
      `${prefix}/${abs
        .slice(dir.length + 1)
        .split('\\')
        .join('/')}`,
      readFileSync(abs),
    ]),
  );
}

/** What an author does in the editor, by what they see. */
export function editorUi(page: Page) {
  const pane = (lang: string) => page.locator(`div.pane[data-mode="edit"][data-locale="${lang}"]`);
  const field = (lang: string, keyPath: string) =>
    pane(lang).locator(`section.field[data-key-path="${keyPath}"]`).first();
  /**
   * A field, scrolled into view: the editor only renders the fields near the visible part of a
   * pane (and sets up the rich-text editor there), so scroll the pane until it appears.
   */
  const shown = async (lang: string, keyPath: string) => {
    const target = field(lang, keyPath);
    // On a busy machine the entry can take seconds to open: wait for its pane, then scroll for a while.
    await pane(lang).waitFor({ timeout: 30_000 });
    const until = Date.now() + 15_000;
    for (let i = 0; Date.now() < until && !(await target.count()); i = (i + 1) % 60) {
      const box = (await pane(lang).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, i < 30 ? 400 : -400);
      await page.waitForTimeout(50);
    }
    // The pane may re-render under the pointer (a field just filled): try once more.
    await target.scrollIntoViewIfNeeded().catch(() => target.scrollIntoViewIfNeeded());
    return target;
  };
  const ui = {
    pane,
    field,
    /** Type into a text field. */
    fill: async (lang: string, keyPath: string, text: string) =>
      (await shown(lang, keyPath)).locator('input:not([type=file]), textarea').first().fill(text),
    /** A date field (Chromium's date input takes ISO dates whatever the language). */
    date: async (lang: string, keyPath: string, day: string) =>
      (await shown(lang, keyPath)).locator('input[type=date]').fill(day),
    number: async (lang: string, keyPath: string, n: number) =>
      (await shown(lang, keyPath)).getByRole('spinbutton').fill(String(n)),
    /** A choice: radio buttons up to five options, a list box above. */
    choose: async (lang: string, keyPath: string, option: string | RegExp) => {
      const f = await shown(lang, keyPath);
      if (await f.getByRole('combobox').count()) {
        await f.getByRole('combobox').click();
        await page.getByRole('option', { name: option }).first().click();
      } else {
        await f.getByRole('radio', { name: option }).first().click();
      }
    },
    /** The text of an entry, in the rich-text editor. */
    write: async (lang: string, text: string) => {
      await (await shown(lang, 'body')).locator('[contenteditable="true"]').first().click();
      await page.keyboard.type(text);
    },
    /** An optional group of fields (a cover image) starts closed: open it. */
    addOptional: async (lang: string, keyPath: string) => {
      const box = (await shown(lang, keyPath)).getByRole('checkbox', { name: /^Add/ }).first();
      if (!(await box.isChecked())) await box.check();
    },
    /** Add an item to a list; each language has its own items. */
    addItem: async (lang: string, keyPath: string) =>
      (await shown(lang, keyPath)).getByRole('button', { name: /^Add/ }).first().click(),
    /** Upload a file into a file or image field. */
    upload: async (lang: string, keyPath: string, file: { name: string; mimeType: string; buffer: Buffer }) =>
      (await shown(lang, keyPath)).locator('input[type=file]').first().setInputFiles(file),
    /** Switch the right-hand pane to Dutch, to edit both languages side by side. */
    dutchBeside: async () => {
      await page.getByRole('radio', { name: 'Dutch' }).last().click();
      await pane('nl').waitFor();
    },
    /** The folder name of a new entry, asked in the side panel. */
    folderName: (name: string) => page.getByRole('textbox', { name: 'Slug', exact: true }).fill(name),
    newEntry: async (collection: string) => {
      await page.goto(`${editorOrigin}${editorPath}#/collections/${collection}/new`);
      await pane('fr').locator('section.field').first().waitFor({ timeout: 30_000 });
    },
    openEntry: async (collection: string, title: string) => {
      await page.goto(`${editorOrigin}${editorPath}#/collections/${collection}`);
      await page.getByText(title, { exact: true }).first().click({ timeout: 30_000 });
      await pane('fr').locator('section.field').first().waitFor({ timeout: 30_000 });
    },
    save: () => page.getByRole('button', { name: 'Save' }).click(),
    /** The error messages shown on each field of a pane (the icon's name left out). */
    errors: (lang: string): Promise<Record<string, string>> =>
      pane(lang)
        .locator('section.field')
        .evaluateAll((sections) =>
          Object.fromEntries(
            sections
              .map((s) => [
                (s as HTMLElement).dataset.keyPath!,
                [...s.querySelectorAll(':scope > [role="alert"] > div')]
                  .map((line) =>
                    [...line.childNodes]
                      .filter((n) => n.nodeType === Node.TEXT_NODE)
                      .map((n) => n.textContent)
                      .join('')
                      .trim(),
                  )
                  .join(' '),
              ])
              .filter(([, text]) => text),
          ),
        ),
  };
  return ui;
}

/** Waits until the repository holds a file (the editor writes after its checks pass). */
export async function waitForFile(page: Page, path: string, timeout = 30_000): Promise<Repository> {
  const start = Date.now();
  for (;;) {
    const repository = await readRepository(page);
    if (repository[path]) return repository;
    if (Date.now() - start > timeout) throw new Error(`The editor did not write ${path}`);
    await page.waitForTimeout(500);
  }
}

export const pngFixture = (): Buffer =>
  // The smallest valid PNG the build's image pipeline accepts (1×1, opaque).
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64');
