import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check/check-content.ts';
import type { ContentCommit } from '../../src/content/drift/drift.ts';
import { commentMarker, pullRequestComment, type CommentFacts } from '../../src/content/report/pr-comment.ts';
import { translationReport } from '../../src/content/report/translations.ts';
import { siteEditions } from '../../src/sites/registry.ts';
import { contentFixture, md } from '../support/content-fixture.ts';
import { dirname } from 'node:path';

let cleanup = () => {};
afterEach(() => cleanup());

const now = new Date('2025-03-15T10:00:00Z');

/**
 * A branch that changed the French Focus guide alone (its Dutch file is now outdated) and added a
 * French page without a title (an error); the facts gathered as scripts/pr-comment.ts does.
 */
function fixtureFacts(previewUrl: string | null): CommentFacts {
  const fixture = contentFixture({
    'pages/all/broken/index.fr.md': md('summary: Une page.'),
  });
  cleanup = fixture.cleanup;
  const project = dirname(fixture.root);
  const file = (rel: string) => join(fixture.root, rel);
  const [fr, nl] = [file('focus/sample-guide/index.fr.md'), file('focus/sample-guide/index.nl.md')];
  const commit = (id: string, day: string, files: string[]): ContentCommit => ({
    id,
    time: new Date(day),
    retranslate: true,
    files,
    confirmed: [],
  });
  const history = [commit('a1', '2025-01-10T09:00:00Z', [fr, nl]), commit('b2', '2025-03-01T09:00:00Z', [fr])];
  return {
    previewUrl,
    editions: siteEditions,
    problems: checkContent({ root: fixture.root, base: project, now, history }),
    changed: ['content/focus/sample-guide/index.fr.md', 'content/pages/all/broken/index.fr.md', 'README.md'],
    contentDir: 'content',
    rows: translationReport(fixture.root, { history }).rows,
  };
}

describe('the pull request comment', () => {
  it('links the preview of every edition of every host', () => {
    const comment = pullRequestComment(fixtureFacts('https://pr-7.brusano-preview.pages.dev/'));
    expect(comment.startsWith(commentMarker)).toBe(true);
    for (const e of siteEditions) {
      expect(comment).toContain(`](https://pr-7.brusano-preview.pages.dev/${e.host}${e.basePath})`);
    }
  });

  it('says where to find the preview when none was deployed', () => {
    const comment = pullRequestComment(fixtureFacts(null));
    expect(comment).toContain('téléchargez l’artefact « preview-site »');
    expect(comment).toContain('download het artefact "preview-site"');
    expect(comment).not.toContain('https://');
  });

  it('gives the check’s result and its errors in French and Dutch', () => {
    const comment = pullRequestComment(fixtureFacts(null));
    expect(comment).toContain('❌ 1 erreur, ');
    expect(comment).toContain('1 fout, ');
    expect(comment).toMatch(/ERREUR \/ FOUT {2}content\/pages\/all\/broken\/index\.fr\.md.*\[title\]/);
    expect(comment).toContain('obligatoire');
  });

  it('lists only the changed entries with their translation status, the outdated one with its day', () => {
    const comment = pullRequestComment(fixtureFacts(null));
    const table = comment.slice(comment.indexOf('### Traduction des entrées modifiées'));
    expect(table).toContain(
      '| focus: `sample-guide` | ✅ à jour / bijgewerkt | ⚠️ dépassée depuis le 2025-03-01 / verouderd sinds 2025-03-01 |',
    );
    expect(table).toContain('| pages: `all/broken` | ✅ à jour / bijgewerkt | ❌ manquante / ontbreekt |');
    expect(table).not.toContain('zinneke');
    expect(table).toContain('translationChecked');
  });

  it('says so when the history was too short to know outdated translations', () => {
    const comment = pullRequestComment({ ...fixtureFacts(null), historyGap: 'shallow' });
    expect(comment).toContain('copie git partielle');
    expect(comment).toContain('onvolledige git-kopie');
  });
});
