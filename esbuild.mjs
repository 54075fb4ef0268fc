// Bundles the three entry points (VS Code client, language server, CLI) and the benchmark into dist/.
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildCommuneIndex } from './scripts/build-communes.mjs';
import { common as shared } from './scripts/esbuild-common.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = { ...shared, minify: production };

const entries = {
  client: 'client/extension.ts',
  server: 'server/main.ts',
  cli: 'cli/main.ts',
  // The worker threads of `delib check --jobs N`, beside cli.js.
  'check-worker': 'cli/check-worker.ts',
  bench: 'bench/main.ts',
};

// The libraries of the exported documents, each a bundle of its own in dist/ (dist/pdfkit.js: pdfkit, fontkit and the
// dictionary of brotli; dist/docx.js), required by the code that makes a PDF or a Word file when it makes the first:
// they were 2.9 MB of the CLI's 4.2 MB, and V8 parses and holds the whole source of a bundle it loads, which every
// `delib check` paid for (23 MB of its peak on 10 000 acts). In dist/ itself: pdfkit reads its colour profile beside
// its bundle.
// Each is the build of it that was bundled before: pdfkit's CommonJS one (what `require` gets; its ES one finds its
// data through import.meta.url, which a CommonJS bundle has not), docx's ES one (what `import` gets).
const LIBRARIES = { pdfkit: createRequire(import.meta.url).resolve('pdfkit'), docx: 'docx' };
const libraries = {
  name: 'export-libraries',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(?:${Object.keys(LIBRARIES).join('|')})$`) }, ({ path }) => ({ path: `./${path}.js`, external: true }));
  },
};

const options = {
  ...common,
  entryPoints: entries,
  external: ['vscode'],
  plugins: [...common.plugins, libraries],
  // Executables get a shebang so that `delib` and `delib-language-server` run from npm's bin links.
  banner: { js: '' },
};

// Tests are bundled too (node_modules stay external): mocha runs dist/test/**/*.test.js with source maps.
const tests = readdirSync('test', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join('test', f));

async function build() {
  // The compact index of French communes, dist/data/communes.json, from @etalab/decoupage-administratif.
  await buildCommuneIndex();
  // The fonts embedded in exported PDFs (core/export/fonts.ts), from the npm package dejavu-fonts-ttf: dist/fonts.
  mkdirSync('dist/fonts', { recursive: true });
  const fonts = 'node_modules/dejavu-fonts-ttf/ttf';
  for (const f of readdirSync(fonts).filter((f) => /^DejaVuSerif(?:-Bold|-Italic|-BoldItalic)?\.ttf$/.test(f))) copyFileSync(join(fonts, f), join('dist/fonts', f));
  // The sRGB colour profile of PDF/A (its output intent), read by pdfkit beside the bundle: dist/data.
  mkdirSync('dist/data', { recursive: true });
  copyFileSync('node_modules/pdfkit/js/data/sRGB_IEC61966_2_1.icc', 'dist/data/sRGB_IEC61966_2_1.icc');
  const { client, ...rest } = entries;
  const builds = [
    { ...options, entryPoints: { client } },
    { ...options, entryPoints: rest, banner: { js: '#!/usr/bin/env node' } },
    { ...common, entryPoints: LIBRARIES },
    { ...common, entryPoints: tests, outdir: 'dist/test', outbase: 'test', packages: 'external', minify: false },
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
