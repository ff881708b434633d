import type { Site } from '../sites/types.ts';

/**
 * The web editor's deployment settings: the repository it writes to and how the team signs in
 * (README, "Deployment"). Everything else in its configuration comes from the content contract,
 * the site registry and the theme list (config.ts).
 */
export interface EditorSettings {
  /** The GitHub repository the editor reads and writes, `owner/name`. */
  repository: string;
  /** The branch the published sites are built from; reviewed changes are merged into it. */
  branch: string;
  /**
   * Address of the OAuth helper the team signs in through (the sveltia-cms-auth Worker, deployed
   * once: README). Empty until it is deployed: the editor then offers sign-in with a GitHub
   * personal access token only, and its Content-Security-Policy names no helper.
   */
  authHelper: string;
}

export const editorSettings: EditorSettings = {
  repository: 'brusano/brusano-sites',
  branch: 'main',
  authHelper: '',
};

/** Where the editor is served, on the regional host only. */
export const editorPath = '/admin/';

/** The host the editor is served from: the regional site's (French) host. */
export function editorHost(sites: readonly Site[]): string {
  return sites.find((s) => s.kind === 'region')!.editions.fr.host;
}

/** The content folder, relative to the repository's root (what the editor reads and writes). */
export const repositoryContentFolder = 'content';
