// Paths of the repository, whether a test runs from its source (test/) or bundled (dist/test/).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRoot(dir: string): string {
  if (existsSync(join(dir, 'package.json'))) return dir;
  const parent = dirname(dir);
  if (parent === dir) throw new Error(`No package.json above ${__dirname}`);
  return findRoot(parent);
}

export const REPO_ROOT = findRoot(__dirname);

/** A path inside the repository, e.g. repoPath('dist/server.js'). */
export function repoPath(...segments: string[]): string {
  return join(REPO_ROOT, ...segments);
}

/**
 * The reference corpus of the project: ../shared/corpus beside the repository when present (its newest copy), else
 * the copy kept in the repository (corpus/samples), so that a fresh clone runs every test.
 */
export const CORPUS_DIR = existsSync(join(REPO_ROOT, '..', 'shared', 'corpus')) ? join(REPO_ROOT, '..', 'shared', 'corpus') : join(REPO_ROOT, 'corpus', 'samples');

/** A document of the reference corpus. */
export function corpusPath(name: string): string {
  return join(CORPUS_DIR, name);
}
