// The measure of the reader on real acts (npm run corpus): every act of corpus/real and corpus/samples is read
// with `delib check` and `delib inspect` (the built CLI, dist/cli.js), and compared with its answer file.
// Prints, per document that falls short, what was missed or wrongly claimed, then the figures:
//   - mistakes of the answer files found (code at the expected line);
//   - false errors and warnings (any error or warning the answer file does not list);
//   - acts with more than one notice (information);
//   - stated facts read exactly (séance date, each count, each name listed, each proxy, each vote figure);
//   - names and proxies read that the answer files do not state (wrong readings: a commune read as a person, a
//     member in the wrong list);
//   - the errors and warnings that appear when each act is laid out as other publishers lay out the same text
//     (flattened into one paragraph, every line followed by a blank line, lines wrapped at 70, 45 and 100 characters) and that
//     the act as published does not raise: the same words, so any of them is a reading that depends on the layout.
// usage: node scripts/corpus.mjs [DIR…] [--json] [--verbose]
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) dirs.push(join(root, 'corpus/real'), join(root, 'corpus/samples'));
const cli = join(root, 'dist/cli.js');
if (!existsSync(cli)) {
  console.error('corpus: dist/cli.js is missing: run npm run build first');
  process.exit(2);
}

// One run of each command over every file (loading the commune index once), results grouped by file.
const run = (cmd, files) => {
  let out;
  try {
    out = execFileSync('node', [cli, cmd, '--format', 'json', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  } catch (e) {
    if (e.status !== 1) throw new Error(`${cmd}: exit ${e.status} ${String(e.stderr).split('\n')[0]}`);
    out = e.stdout;
  }
  const byFile = new Map(files.map((f) => [f, []]));
  for (const x of JSON.parse(out)) byFile.get(x.file)?.push(x);
  return byFile;
};
const files = dirs.flatMap((dir) => readdirSync(dir).filter((x) => x.endsWith('.delib') && existsSync(join(dir, x.replace(/\.delib$/, '.expected.json')))).sort().map((x) => join(dir, x)));
const checked = run('check', files);
const inspected = run('inspect', files);

// Names are compared as a reader would: without civility, accents, case or punctuation, in any word order.
// (« Mtne », « Mine », « Mrne »: an OCR's readings of « Mme », which the reader reads as civilities too.)
const CIVILITIES = new Set(['M', 'MM', 'MME', 'MMES', 'MLLE', 'MELLE', 'MR', 'MRS', 'MONSIEUR', 'MADAME', 'MADEMOISELLE', 'MESSIEURS', 'MESDAMES', 'DR', 'DOCTEUR', 'MAITRE', 'ME', 'MTNE', 'MINE', 'MRNE']);
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
// (« RenĂ©e », « AndrÃ© »: a name whose accented letter a wrong encoding garbled, as the reader reads it: « Renée ».)
const GARBLED = { e: /[ÃĂ][©¨ª«‰ˆŠ]|ĂŞ/g, a: /[ÃĂ][¢¤€]|Ă˘/g, i: /[ÃĂ][®¯]/g, o: /[ÃĂ][´¶”]/g, u: /[ÃĂ][¹»¼]/g, c: /[ÃĂ][§‡]/g };
const mended = (s) => (/[ÃĂ]/.test(s) ? Object.entries(GARBLED).reduce((t, [letter, re]) => t.replace(re, letter), s) : s);
function nameKey(name) {
  name = mended(name);
  // (« MmeBARRAU »: a civility glued to the surname by an OCR.)
  const words = fold(name.replace(/^(Mme|Mlle|Mmes|MM\.|M\.)(?=\p{Lu}{2})/u, '$1 ')).replace(/[^A-Z' -]/g, ' ').replace(/['-]/g, ' ').split(/\s+/).filter(Boolean);
  while (words.length > 1 && CIVILITIES.has(words[0])) words.shift();
  return words.sort().join(' ');
}

// A member listed present who also gives a proxy among the absent: the answer files name this one fact with either
// code (corpus/README.md); a finding of the other code at the line is the mistake found.
const SAME_FACT = { 'member-duplicate': 'proxy-giver-present', 'proxy-giver-present': 'member-duplicate' };

const totals = { docs: 0, acts: 0, expected: 0, found: 0, falsePositives: 0, noisyActs: 0, facts: 0, read: 0, wrong: 0, failed: 0 };
const perKind = {};
const short = [];
{
  for (const path of files) {
    const f = basename(path);
    const answer = JSON.parse(readFileSync(path.replace(/\.delib$/, '.expected.json'), 'utf8'));
    totals.docs++;
    const findings = checked.get(path);
    const acts = inspected.get(path);
    const notes = [];
    // Findings
    const pool = findings.filter((d) => d.severity === 'error' || d.severity === 'warning');
    const span = (e) => e.lines ?? [e.line, e.line];
    const take = (e) => {
      const [a, b] = span(e);
      const i = pool.findIndex((d) => (d.code === e.code || SAME_FACT[e.code] === d.code) && d.line >= a && d.line <= b);
      if (i < 0) return false;
      pool.splice(i, 1);
      return true;
    };
    for (const e of answer.expect ?? []) {
      totals.expected++;
      if (take(e)) totals.found++;
      else notes.push(`missed ${e.code}@${span(e).join('-')}`);
    }
    for (const e of answer.allow ?? []) while (take(e));
    totals.falsePositives += pool.length;
    for (const d of pool) notes.push(`false ${d.severity} ${d.code}@${d.line}: ${d.message}`);
    // Notices: at most one per act.
    const info = findings.filter((d) => d.severity === 'information');
    for (const act of acts) {
      const next = acts[acts.indexOf(act) + 1]?.line ?? Infinity;
      const n = info.filter((d) => d.line >= act.line && d.line < next).length;
      totals.acts++;
      if (n > 1) { totals.noisyActs++; notes.push(`${n} notices in the act of line ${act.line}`); }
    }
    // Facts (only where the answer file gives them)
    const kind = answer.kind ?? 'other';
    perKind[kind] ??= { facts: 0, read: 0, docs: 0 };
    perKind[kind].docs++;
    const wrongly = (what) => {
      totals.wrong++;
      if (verbose) notes.push(`wrong ${what}`);
    };
    const fact = (ok, what) => {
      totals.facts++;
      perKind[kind].facts++;
      if (ok) { totals.read++; perKind[kind].read++; } else if (verbose) notes.push(`fact ${what}`);
    };
    (answer.acts ?? []).forEach((exp, k) => {
      const got = acts[k];
      if (exp.seance) fact(got?.seance?.date === exp.seance, `séance ${exp.seance} read ${got?.seance?.date ?? 'none'}`);
      for (const key of ['inOffice', 'present', 'represented', 'voters']) {
        const v = exp.counts?.[key];
        if (v !== null && v !== undefined) fact(got?.counts?.[key] === v, `${key} ${v} read ${got?.counts?.[key] ?? 'none'}`);
      }
      for (const [list, gotList] of [['present', got?.attendance?.present ?? []], ['absent', got?.attendance?.absent ?? []]]) {
        const keys = gotList.map((x) => nameKey(x.name));
        for (const name of exp[list] ?? []) {
          const i = keys.indexOf(nameKey(name));
          if (i >= 0) keys.splice(i, 1);
          fact(i >= 0, `${list} « ${name} » not read`);
        }
        // Names read that the answer file does not give in that list (a commune read as a person, a member in the
        // wrong list): wrong readings, shown in the view of the facts.
        if (Array.isArray(exp[list])) for (const x of keys) wrongly(`${list} « ${gotList.find((g) => nameKey(g.name) === x)?.name} » read, not stated`);
      }
      const proxies = (got?.attendance?.proxies ?? []).map((p) => `${nameKey(p.from)}>${nameKey(p.to)}`);
      for (const p of exp.proxies ?? []) {
        const i = proxies.indexOf(`${nameKey(p.from)}>${nameKey(p.to)}`);
        if (i >= 0) proxies.splice(i, 1);
        fact(i >= 0, `proxy ${p.from} → ${p.to} not read`);
      }
      if (Array.isArray(exp.proxies)) for (const p of proxies) wrongly(`proxy ${p.replace('>', ' → ')} read, not stated`);
      const votes = (got?.deliberations ?? []).map((d) => d.vote).filter(Boolean);
      const used = new Set();
      (exp.votes ?? []).forEach((v) => {
        // The vote read on the same line, else the next one in order; each read vote answers one stated vote (a line
        // may state two).
        const g = votes.find((x) => x.line === v.line && !used.has(x)) ?? votes.find((x) => Math.abs(x.line - v.line) <= 2 && !used.has(x)) ?? votes.find((x) => x.line === v.line);
        if (g) used.add(g);
        for (const key of ['for', 'against', 'abstention', 'notVoting']) {
          if (v[key] !== null && v[key] !== undefined) fact(g?.[key] === v[key], `vote@${v.line} ${key} ${v[key]} read ${g?.[key] ?? 'none'}`);
        }
        if (v.unanimous) fact(g?.unanimous === true, `vote@${v.line} unanimity not read`);
      });
    });
    if (notes.length) short.push(`${f}: ${notes.join('; ')}`);
  }
}
// The same acts in other layouts (the words unchanged): the errors and warnings each raises that the act as
// published does not.
// (Wrapped at 70 characters, the width the reader was first held to; at 45, a narrow column of a web page or a
// newspaper; at 100, a wide page.)
const wrapAt = (width) => (t) =>
  t.split(/\r?\n/).map((line) => {
    const out = [];
    let cur = '';
    for (const w of line.split(' ')) {
      if (cur && cur.length + 1 + w.length > width) { out.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
    }
    out.push(cur);
    return out.join('\n');
  }).join('\n');
const LAYOUTS = {
  flattened: (t) => t.replace(/\r?\n+/g, ' '),
  blankLines: (t) => t.split(/\r?\n/).join('\n\n'),
  wrapped: wrapAt(70),
  wrapped45: wrapAt(45),
  wrapped100: wrapAt(100),
};
// (A finding is compared without its positions: the lines move with the layout.)
// (A member listed present who gives a proxy is one fact told by member-duplicate or proxy-giver-present, as the layout
// makes the proxy an entry of a list or a sentence of its own: the same finding, named by the member its message opens
// with.)
const findingKey = (d) => (SAME_FACT[d.code] ? `${d.code < SAME_FACT[d.code] ? d.code : SAME_FACT[d.code]}: ${d.message.split(/ (?:est inscrit|donne pouvoir)/)[0]}` : `${d.code}: ${d.message.replace(/\((?:lignes?|lines?) [\d, –-]+\)|\b(?:lignes?|lines?) \d+(?:[-–]\d+)?/g, '')}`);
const layouts = {};
{
  const dir = mkdtempSync(join(tmpdir(), 'delib-layouts-'));
  try {
    const published = new Map(files.map((path) => [path, checked.get(path).filter((d) => d.severity === 'error' || d.severity === 'warning').map(findingKey)]));
    for (const [name, layout] of Object.entries(LAYOUTS)) {
      const copies = files.map((path, i) => {
        const copy = join(dir, `${name}-${i}-${basename(path)}`);
        writeFileSync(copy, layout(readFileSync(path, 'utf8')));
        return copy;
      });
      const found = run('check', copies);
      layouts[name] = 0;
      files.forEach((path, i) => {
        const left = [...published.get(path)];
        for (const d of found.get(copies[i])) {
          if (d.severity !== 'error' && d.severity !== 'warning') continue;
          const k = left.indexOf(findingKey(d));
          if (k >= 0) { left.splice(k, 1); continue; }
          layouts[name]++;
          if (verbose) short.push(`${basename(path)} (${name}): ${d.severity} ${d.code}: ${d.message}`);
        }
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
if (asJson) {
  console.log(JSON.stringify({ ...totals, perKind, layouts }, null, 2));
} else {
  for (const s of short) console.log(s);
  console.log('');
  console.log(`documents: ${totals.docs} (${totals.acts} acts)${totals.failed ? `, ${totals.failed} failed runs` : ''}`);
  console.log(`mistakes found: ${totals.found}/${totals.expected} (${pct(totals.found, totals.expected)})`);
  console.log(`false errors and warnings: ${totals.falsePositives}`);
  console.log(`acts with more than one notice: ${totals.noisyActs}`);
  console.log(`stated facts read exactly: ${totals.read}/${totals.facts} (${pct(totals.read, totals.facts)})`);
  console.log(`names and proxies read that the answer files do not state: ${totals.wrong}`);
  for (const [k, v] of Object.entries(perKind)) console.log(`  ${k}: ${v.read}/${v.facts} (${pct(v.read, v.facts)}) over ${v.docs} documents`);
  console.log(`errors and warnings that appear when the acts are laid out again: flattened ${layouts.flattened}, blank lines ${layouts.blankLines}, wrapped ${layouts.wrapped} (at 45 characters ${layouts.wrapped45}, at 100 ${layouts.wrapped100})`);
}
