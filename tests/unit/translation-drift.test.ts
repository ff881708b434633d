import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { driftIndex, entryDrift, type ContentCommit } from '../../src/content/drift/drift.ts';
import { changedSince, contentHistory, readHistory } from '../../src/content/drift/history.ts';
import { scriptedRepo, type ScriptedRepo } from '../support/git-repo.ts';

let repo: ScriptedRepo | undefined;
afterEach(() => repo?.cleanup());

const fr = 'content/focus/guide/index.fr.md';
const nl = 'content/focus/guide/index.nl.md';
const page = (title: string, extra = '') => `---\ntitle: ${title}\n${extra}---\n\nTexte.\n`;

/** The drift of the guide after the scripted commits, read from git as the checker reads it. */
function driftAfter(steps: Array<[Record<string, string>, string?]>) {
  repo = scriptedRepo();
  for (const [files, message] of steps) repo.commit(files, message);
  const folder = join(repo.root, 'content');
  const history = contentHistory(folder)!;
  return entryDrift(history, { fr: join(repo.root, fr), nl: join(repo.root, nl) });
}

describe('translation drift from git history', () => {
  it('both languages written together are in step', () => {
    expect(driftAfter([[{ [fr]: page('Guide'), [nl]: page('Gids') }]])).toEqual({ outdated: null });
  });

  it('a change to one language alone makes the other outdated, since that commit', () => {
    const drift = driftAfter([[{ [fr]: page('Guide'), [nl]: page('Gids') }], [{ [fr]: page('Guide révisé') }]]);
    expect(drift).toMatchObject({ outdated: 'nl', changes: 1, since: new Date('2026-01-02T12:00:00Z') });
    expect(drift.outdated && drift.commit).toBe(repo!.git('rev-parse', 'HEAD'));
  });

  it('the translation brought up to date is in step again, and does not make the source outdated', () => {
    const drift = driftAfter([
      [{ [fr]: page('Guide'), [nl]: page('Gids') }],
      [{ [fr]: page('Guide révisé') }],
      [{ [fr]: page('Guide révisé deux fois') }],
      [{ [nl]: page('Herziene gids') }],
    ]);
    expect(drift).toEqual({ outdated: null });
  });

  it('counts the source changes the translation has not followed', () => {
    const drift = driftAfter([
      [{ [nl]: page('Gids'), [fr]: page('Guide') }],
      [{ [nl]: page('Gids 2') }],
      [{ [nl]: page('Gids 3') }],
    ]);
    expect(drift).toMatchObject({ outdated: 'fr', changes: 2, since: new Date('2026-01-02T12:00:00Z') });
  });

  it('a commit with the trailer "Retranslate: no" outdates nothing (a typo fix)', () => {
    const drift = driftAfter([
      [{ [fr]: page('Guide'), [nl]: page('Gids') }],
      [{ [fr]: page('Gui de') }, 'Fix a typo\n\nRetranslate: no'],
    ]);
    expect(drift).toEqual({ outdated: null });
  });

  it('the trailer is read only as a trailer: the words in the subject do not count', () => {
    const drift = driftAfter([
      [{ [fr]: page('Guide'), [nl]: page('Gids') }],
      [{ [fr]: page('Guide révisé') }, 'Retranslate: no is not said here'],
    ]);
    expect(drift.outdated).toBe('nl');
  });

  it('setting translationChecked in the outdated file confirms it, and outdates nothing', () => {
    const drift = driftAfter([
      [{ [fr]: page('Guide'), [nl]: page('Gids') }],
      [{ [fr]: page('Gui de') }],
      [{ [nl]: page('Gids', 'translationChecked: 2026-01-03\n') }],
    ]);
    expect(drift).toEqual({ outdated: null });
  });

  it('outside a git checkout there is no history', () => {
    expect(contentHistory('/')).toBeNull();
    expect(readHistory('/')).toEqual({ gap: 'no-git' });
  });

  it('a shallow clone (CI’s default) says so instead of showing every entry in step', () => {
    driftAfter([[{ [fr]: page('Guide'), [nl]: page('Gids') }], [{ [fr]: page('Guide révisé') }]]);
    const clone = `${repo!.root}-shallow`;
    repo!.git('clone', '-q', '--depth', '1', `file://${repo!.root}`, clone);
    try {
      expect(readHistory(join(clone, 'content'))).toEqual({ gap: 'shallow' });
      expect(readHistory(join(repo!.root, 'content'))).toHaveProperty('commits');
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe('the files a branch changes', () => {
  it('are those changed since it left its base, not those of the base since', () => {
    repo = scriptedRepo();
    repo.commit({ [fr]: page('Guide'), [nl]: page('Gids') });
    repo.git('checkout', '-q', '-b', 'topic');
    repo.commit({ [nl]: page('Gids 2') });
    repo.git('checkout', '-q', 'main');
    repo.commit({ 'README.md': 'x' });
    repo.git('checkout', '-q', 'topic');
    expect(changedSince('main', repo.root)).toEqual([nl]);
    expect(changedSince('no-such-branch', repo.root)).toEqual([]);
  });
});

describe('drift of many entries', () => {
  const commit = (id: string, files: string[], retranslate = true): ContentCommit => ({
    id,
    time: new Date(`2026-02-0${id}T00:00:00Z`),
    retranslate,
    files,
    confirmed: [],
  });

  it('gives each entry only its own files’ changes', () => {
    const drift = driftIndex([
      commit('1', ['/a.fr', '/a.nl', '/b.fr', '/b.nl']),
      commit('2', ['/a.fr']),
      commit('3', ['/b.nl', '/b.fr']),
      commit('4', ['/b.fr'], false),
    ]);
    expect(drift({ fr: '/a.fr', nl: '/a.nl' })).toMatchObject({ outdated: 'nl', commit: '2' });
    expect(drift({ fr: '/b.fr', nl: '/b.nl' })).toEqual({ outdated: null });
  });

  it('a change whose commit also confirms the other language leaves both in step', () => {
    const drift = driftIndex([
      commit('1', ['/a.fr', '/a.nl']),
      { ...commit('2', ['/a.fr', '/a.nl']), confirmed: ['/a.nl'] },
    ]);
    expect(drift({ fr: '/a.fr', nl: '/a.nl' })).toEqual({ outdated: null });
  });
});
