import { resolve } from 'node:path';

/** The content folder; tests point BRUSANO_CONTENT_DIR at a fixture folder. */
export function contentRoot(): string {
  return resolve(process.env.BRUSANO_CONTENT_DIR ?? 'content');
}
