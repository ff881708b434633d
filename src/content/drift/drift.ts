/**
 * Translation drift, as a translation tool tracks it: the two language files of an entry are in
 * step until one of them changes alone; the other is then outdated until it changes too (its
 * translator brought it up to date) or is confirmed unchanged. Computed from the commits that
 * touched the files, oldest first. Pure: the history is read by history.ts.
 */
import { languages, type Language } from '../../sites/types.ts';

/** The commit-message trailer that marks a change as not needing re-translation (a typo fix). */
export const retranslateTrailer = { key: 'Retranslate', no: 'no' } as const;

/**
 * The front-matter field a translator (or the web editor) sets to the day's date to say "checked
 * against the other language: nothing to change". A commit that changes it confirms that file.
 */
export const translationCheckedField = 'translationChecked';

export interface ContentCommit {
  id: string;
  time: Date;
  /** False when the message carries `Retranslate: no`: the commit never makes a translation outdated. */
  retranslate: boolean;
  /** Absolute paths of the files it changed. */
  files: readonly string[];
  /** Of those, the files where it changed the `translationChecked` field. */
  confirmed: readonly string[];
}

export type Drift =
  | { outdated: null }
  | {
      /** The language whose file lags behind. */
      outdated: Language;
      /** The first change of the other language it has not followed. */
      since: Date;
      commit: string;
      /** Changes of the other language since then, that one included. */
      changes: number;
    };

const other = (lang: Language): Language => (lang === 'fr' ? 'nl' : 'fr');

/** The drift after one more commit. */
function step(state: Drift, c: ContentCommit, files: Readonly<Record<Language, string>>): Drift {
  if (!c.retranslate) return state;
  const touched = languages.filter((l) => c.files.includes(files[l]));
  const confirmed = touched.filter((l) => c.confirmed.includes(files[l]));
  const changed = touched.filter((l) => !confirmed.includes(l));
  const current: Drift = state.outdated && confirmed.includes(state.outdated) ? { outdated: null } : state;
  if (changed.length === 2) return { outdated: null };
  const lang = changed[0];
  if (!lang) return current;
  // Changed, with the other language confirmed against it in the same commit: in step.
  if (confirmed.includes(other(lang))) return { outdated: null };
  if (current.outdated === null) return { outdated: other(lang), since: c.time, commit: c.id, changes: 1 };
  // The translation caught up; or it lags already, by one more change.
  return current.outdated === lang ? { outdated: null } : { ...current, changes: current.changes + 1 };
}

/** Drift of one entry's two files, from the commits (oldest first) of the content folder. */
export function entryDrift(commits: readonly ContentCommit[], files: Readonly<Record<Language, string>>): Drift {
  return commits.reduce<Drift>((state, c) => step(state, c, files), { outdated: null });
}

/** Drift by entry, for many entries at once: the commits are indexed by file first. */
export function driftIndex(commits: readonly ContentCommit[]): (files: Readonly<Record<Language, string>>) => Drift {
  const byFile = new Map<string, number[]>();
  commits.forEach((c, i) => {
    for (const f of c.files) {
      const list = byFile.get(f);
      if (list) list.push(i);
      else byFile.set(f, [i]);
    }
  });
  return (files) => {
    const positions = [...new Set(languages.flatMap((l) => byFile.get(files[l]) ?? []))].sort((a, b) => a - b);
    return entryDrift(
      positions.map((i) => commits[i]!),
      files,
    );
  };
}
