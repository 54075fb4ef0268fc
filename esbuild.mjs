// Bundles the three entry points (VS Code client, language server, CLI) and the benchmark into dist/.
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: production,
  logLevel: 'warning',
  outdir: 'dist',
};

const entries = {
  client: 'client/extension.ts',
  server: 'server/main.ts',
  cli: 'cli/main.ts',
  bench: 'bench/main.ts',
};

const options = {
  ...common,
  entryPoints: entries,
  external: ['vscode'],
  // Executables get a shebang so that `delib` and `delib-language-server` run from npm's bin links.
  banner: { js: '' },
};

async function build() {
  const { client, ...rest } = entries;
  const builds = [
    { ...options, entryPoints: { client } },
    { ...options, entryPoints: rest, banner: { js: '#!/usr/bin/env node' } },
  ];
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

build().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
