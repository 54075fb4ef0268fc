// Bundles the real-editor suites, apart from the unit tests (whose *.test.ts are bundled by esbuild.mjs):
//   test/e2e/runTest.ts and test/e2e/suite/*.ts -> dist/e2e/ (VS Code test-electron; `vscode` stays external)
//   test/editor/*.editor.ts                      -> dist/editor/ (code-server + playwright-core)
//   test/nvim/*.nvim.ts                          -> dist/nvim/ (Neovim)
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { common as shared } from './esbuild-common.mjs';

const files = (dir, suffix) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => join(dir, f));

const common = { ...shared, packages: 'external', outbase: 'test' };

const entryPoints = [
  'test/e2e/runTest.ts',
  ...files('test/e2e/suite', '.ts'),
  ...files('test/editor', '.editor.ts'),
  ...files('test/nvim', '.nvim.ts'),
];
await esbuild.build({ ...common, entryPoints }).catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
