// Builds the compact commune index dist/data/communes.json from @etalab/decoupage-administratif and
// scripts/communes-history.json (see docs/communes.md). The logic lives in core/communes/index.ts, bundled here
// in memory with esbuild so that the build and the server share one implementation.
//
//   node scripts/build-communes.mjs [out-file]              writes the index (default dist/data/communes.json)
//   node scripts/build-communes.mjs --add-history DIR...    adds the names of unpacked older package versions
//                                                           (DIR/data/communes.json) to scripts/communes-history.json
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

async function loadCore() {
  const { outputFiles } = await esbuild.build({
    entryPoints: [path.join(root, 'core', 'communes', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/** Writes the compact index; returns its size in bytes. */
export async function buildCommuneIndex(outFile = path.join(root, 'dist', 'data', 'communes.json')) {
  const core = await loadCore();
  const data = core.compactCommuneData(core.readCommuneSources(root));
  const json = JSON.stringify(data);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, json);
  return Buffer.byteLength(json);
}

/**
 * Adds to the history file the names found in unpacked older versions of the data package that the current one no
 * longer has (absorbed, delegated or renamed communes), as [code, name, code of the commune it went to or null].
 */
async function addHistory(dirs) {
  const core = await loadCore();
  const file = path.join(root, core.HISTORY_FILE);
  const current = core.readCommuneSources(root).communes;
  const history = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { sources: [], entries: [] };
  const known = new Set(current.map((c) => `${c.code}|${c.nom}`));
  for (const [code, name] of history.entries) known.add(`${code}|${name}`);
  const currentKey = new Map();
  for (const c of current) if (c.type === 'commune-actuelle') currentKey.set(c.code, core.normalizeName(c.nom));
  for (const dir of dirs) {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    for (const c of JSON.parse(fs.readFileSync(path.join(dir, 'data', 'communes.json'), 'utf8'))) {
      const id = `${c.code}|${c.nom}`;
      const key = core.normalizeName(c.nom);
      const successor = [c.communeAbsorbante, c.chefLieu, c.nouveauCode].find((s) => s && s !== c.code) ?? null;
      if (c.type === 'arrondissement-municipal' || known.has(id)) continue;
      // The same name in another typography is no former name.
      if (currentKey.get(c.code) === key || currentKey.get(successor) === key) continue;
      known.add(id);
      history.entries.push([c.code, c.nom, successor]);
    }
    const source = `${pkg.name}@${pkg.version}`;
    if (!history.sources.includes(source)) history.sources.push(source);
  }
  history.entries.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
  const note = `Names from older versions of ${core.DATA_PACKAGE_NAME}: [code, name, successor]`;
  const entries = history.entries.map((e) => JSON.stringify(e)).join(',\n');
  const sources = JSON.stringify(history.sources);
  fs.writeFileSync(file, `{"note": ${JSON.stringify(note)},\n"sources": ${sources},\n"entries": [\n${entries}\n]}\n`);
  console.log(`${file}: ${history.entries.length} entries`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const run =
    args[0] === '--add-history'
      ? addHistory(args.slice(1))
      : buildCommuneIndex(args[0]).then((bytes) => console.log(`communes index: ${bytes} bytes`));
  run.catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
