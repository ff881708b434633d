/**
 * Files saved by Windows editors (byte-order mark, CR LF) and macOS or PDFs (decomposed
 * accents) are published like any other: their text reaches pages, titles, feeds and the search
 * index with composed letters (NFC), so that what readers type finds what authors wrote.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { distDir, oddText, pagePlan, testBuilds } from '../support/builds.ts';
import { fileFor, page, searchIndexPages } from '../support/dist.ts';

const build = testBuilds.oddText;
const dist = distDir(build);
const host = 'brusano.brussels';

/** The path of an entry's page in a language. */
function pathOf(key: string, lang: 'fr' | 'nl'): string {
  const found = pagePlan(build).find((p) => p.host === host && p.lang === lang && p.entry?.key === key);
  if (!found) throw new Error(`No ${lang} page for ${key}`);
  return found.path;
}

const decomposedMark = /\u0301|\u0300|\u0308/;
const nfc = (text: string) => text.normalize('NFC');
const titleOf = (source: string) => nfc(/^title: (.*)$/m.exec(source)![1]!);

describe('an entry saved with a byte-order mark, Windows line endings and decomposed accents', () => {
  const path = pathOf('odd-guide', 'fr');
  const html = readFileSync(fileFor(dist, host, path)!, 'utf8');
  const $ = page(dist, host, path);

  it('is published at its slug, with its fields read right', () => {
    expect(path).toBe('/publications/focus/guide-ecrit/');
    expect($('h1').text().trim()).toBe(titleOf(oddText.fr));
    expect($('title').text()).toContain(titleOf(oddText.fr));
  });

  it('has its text and headings in composed form, with no byte-order mark', () => {
    expect($('main').text()).toContain(nfc('Les équipes à domicile répondent'));
    expect($('main h2').text()).toContain(nfc('Deuxième étape'));
    expect(html).not.toMatch(decomposedMark);
    expect(html).not.toContain('\uFEFF');
    expect(html).not.toContain('\r');
  });

  it('is in the feed with a composed title', () => {
    const rss = readFileSync(join(dist, host, 'rss.xml'), 'utf8');
    const items = [new XMLParser().parse(rss).rss.channel.item].flat() as Array<{ title: string }>;
    expect(items.map((i) => i.title)).toContain(titleOf(oddText.fr));
    expect(rss).not.toMatch(decomposedMark);
  });

  it('is found in the search index by the words as readers type them', () => {
    const entry = searchIndexPages(dist, host).find((p) => p.url === path);
    expect(entry?.content).toContain(nfc('équipes à domicile'));
    expect(entry?.content).not.toMatch(decomposedMark);
  });
});

describe('a Dutch entry with decomposed accents (macOS)', () => {
  it('has its title and text composed', () => {
    const path = pathOf('odd-guide', 'nl');
    const $ = page(dist, host, path);
    expect($('h1').text().trim()).toBe(titleOf(oddText.nl));
    expect($('main').text()).toContain(nfc('Ideeën van de coördinatoren'));
    expect(readFileSync(fileFor(dist, host, path)!, 'utf8')).not.toMatch(decomposedMark);
  });
});

describe('an MDX entry saved by a Windows editor', () => {
  it('renders its first paragraph and its component, without a byte-order mark', () => {
    const path = pathOf('odd-components', 'fr');
    const $ = page(dist, host, path);
    expect($('main p').filter((_, p) => $(p).text() === 'Première phrase du guide.')).toHaveLength(1);
    expect($('main').text()).toContain('Les démarches prennent une semaine.');
    expect(readFileSync(fileFor(dist, host, path)!, 'utf8')).not.toContain('\uFEFF');
  });
});
