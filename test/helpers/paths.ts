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
