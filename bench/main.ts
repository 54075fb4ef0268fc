// The benchmark (`npm run bench`): times each stage of the core — lexing (tokenize), parsing (parse), model
// building (buildModel) and the whole analyze() with the commune index — on the sample documents, the corpus
// when present, one generated deliberation of about 40 KB and a generated register of 1 000 deliberations
// (about 40 MB), against a baseline that only splits the text into lines and scans each line once with a
// regular expression. Medians over an adaptive number of runs; the register runs in a worker thread with a
// time budget, so that a stage that has become super-linear shows as « stopped » instead of hanging the bench.
// Then the language server over stdio (bench/lsp.ts), `delib check` on folders of acts (bench/cli.ts), and the
// budgets of the performance issue, each held or not. `--json` prints every figure as one JSON object (progress on
// stderr); `--no-register`, `--no-lsp`, `--no-cli` skip a part; `--big` adds the 40 MB register to the LSP part.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { tokenize } from '../core/syntax/lexer';
import { parse, splitActs } from '../core/syntax/index';
import { buildModel } from '../core/model/index';
import { analyze } from '../core/analyze';
import { referenceCorpus, benchCompletion, formatCompletionBench } from './completion';
import { tryLoadCommuneIndex, type CommuneIndex } from '../core/communes/index';
import { DEFAULT_REGISTER, generateRegister } from './generate';
import { benchWorkspace, formatWorkspaceBench } from './workspace';
import { benchLsp } from './lsp';
import { benchCli } from './cli';
import { budgets, formatBudgets } from './budgets';
import { formatBytes, formatMs, formatRatio, measure, median, renderTable, type Measure, type MeasureOptions } from './stats';

/** The design budget of the whole pipeline on a document of the 40 KB class (one keystroke → diagnostics). */
const BUDGET_MS = 5;
const CLASS_40KB = { min: 20 * 1024, max: 80 * 1024 };
/** Wall-clock budget of the register (40 MB) measures, generation excluded. */
const REGISTER_BUDGET_MS = 60_000;

const STAGES = ['baseline', 'lex', 'parse', 'model', 'analyze'] as const;
type Stage = (typeof STAGES)[number];
type Stopped = { stopped: string; afterMs?: number };
type Row = { name: string; bytes: number; results: Partial<Record<Stage, Measure | Stopped>> };

/** The baseline: split into lines, one regular-expression scan per line (amounts and dates, roughly). */
const BASELINE_RE = /\d[\d \u00a0]*(?:,\d+)?[ \u00a0]?€|\b\d{1,2} (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/g;
function baseline(text: string): number {
  let n = 0;
  for (const line of text.split(/\r?\n/)) {
    BASELINE_RE.lastIndex = 0;
    while (BASELINE_RE.exec(line)) n++;
  }
  return n;
}

function stageFns(text: string, communes: CommuneIndex | undefined): Record<Stage, () => unknown> {
  const doc = parse(text);
  return {
    baseline: () => baseline(text),
    lex: () => tokenize(text),
    parse: () => parse(text),
    model: () => splitActs(doc).map(buildModel),
    analyze: () => analyze(text, { communes }),
  };
}

// ---------------------------------------------------------------- the register, in a worker

interface WorkerMessage { stage?: Stage; measure?: Measure; bytes?: number; generatedMs?: number; error?: string }

function registerWorker() {
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  try {
    let t = performance.now();
    const text = generateRegister(DEFAULT_REGISTER);
    post({ bytes: Buffer.byteLength(text), generatedMs: performance.now() - t });
    const { index: communes } = tryLoadCommuneIndex();
    // Few runs: up to 3 while a stage stays under ~3 s in all, at least one.
    const few = (fn: () => unknown): Measure => {
      const times: number[] = [];
      const start = performance.now();
      do {
        t = performance.now();
        fn();
        times.push(performance.now() - t);
      } while (times.length < 3 && performance.now() - start < 3000);
      return { median: median(times), runs: times.length };
    };
    post({ stage: 'baseline', measure: few(() => baseline(text)) });
    post({ stage: 'lex', measure: few(() => tokenize(text)) });
    let doc: ReturnType<typeof parse> | undefined;
    post({ stage: 'parse', measure: few(() => (doc = parse(text))) });
    post({ stage: 'model', measure: few(() => buildModel(doc!)) });
    doc = undefined;
    post({ stage: 'analyze', measure: few(() => analyze(text, { communes })) });
  } catch (e) {
    post({ error: e instanceof Error ? e.message : String(e) });
  }
}

function runRegister(out: (s: string) => void): Promise<Row> {
  const row: Row = { name: `generated register (${DEFAULT_REGISTER.deliberations} deliberations)`, bytes: 0, results: {} };
  return new Promise((resolve) => {
    // The register's trees need several GB: give the worker room, within what a 2-core CI machine has.
    const worker = new Worker(__filename, { workerData: { register: true }, resourceLimits: { maxOldGenerationSizeMb: 12_000 } });
    let timer: NodeJS.Timeout | undefined;
    let current: Stage = 'baseline';
    let stageStart = performance.now();
    let done = false;
    const finish = (reason?: string) => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      if (reason) row.results[current] = { stopped: reason, afterMs: performance.now() - stageStart };
      void worker.terminate();
      resolve(row);
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.error) return finish(m.error);
      if (m.bytes !== undefined) {
        row.bytes = m.bytes;
        out(`  register generated: ${formatBytes(m.bytes)} in ${formatMs(m.generatedMs!)} ms\n`);
        stageStart = performance.now();
        timer = setTimeout(() => finish(`stopped: ${REGISTER_BUDGET_MS / 1000} s budget`), REGISTER_BUDGET_MS);
        return;
      }
      if (m.stage && m.measure) {
        row.results[m.stage] = m.measure;
        out(`  register ${m.stage}: ${formatMs(m.measure.median)} ms (${m.measure.runs} run${m.measure.runs > 1 ? 's' : ''})\n`);
        const next = STAGES[STAGES.indexOf(m.stage) + 1];
        stageStart = performance.now();
        if (next) current = next;
        else finish();
      }
    });
    worker.on('error', (e) => finish(/heap|memory/i.test(e.message) ? 'out of memory' : e.message));
    worker.on('exit', () => finish(done ? undefined : 'worker exited'));
  });
}

// ---------------------------------------------------------------- documents

function documents(root: string): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const dirs = [join(root, 'samples'), referenceCorpus(root)];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.delib')).sort()) {
      out.push({ name: relative(root, join(dir, f)), text: readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '') });
    }
  }
  return out;
}

function cell(r: Row, stage: Stage): string {
  const m = r.results[stage];
  if (!m) return '';
  if ('stopped' in m) return m.afterMs !== undefined && m.afterMs > 1 ? `> ${formatMs(m.afterMs)} (${m.stopped})` : m.stopped;
  const base = r.results.baseline;
  const ratio = stage !== 'baseline' && base && 'median' in base ? ` ${formatRatio(m.median, base.median)}` : '';
  return `${formatMs(m.median)}${ratio}`;
}

function budgetCell(r: Row): string {
  if (r.bytes < CLASS_40KB.min || r.bytes > CLASS_40KB.max) return '';
  const a = r.results.analyze;
  if (!a || !('median' in a)) return '?';
  return a.median <= BUDGET_MS ? `yes (${formatMs(a.median)} ≤ ${BUDGET_MS})` : `no (×${(a.median / BUDGET_MS).toFixed(1)} over)`;
}

/**
 * `node --cpu-prof dist/bench.js --profile FILE [N]`: runs the whole pipeline (analyze with the commune index) N
 * times (300 by default) on FILE and nothing else, for a CPU profile of the core.
 */
function profile(file: string, times: number) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const { index: communes } = tryLoadCommuneIndex();
  const t = performance.now();
  let findings = 0;
  for (let i = 0; i < times; i++) findings = analyze(text, { communes }).findings.length;
  const ms = performance.now() - t;
  process.stdout.write(`${file}: ${times} runs of analyze in ${formatMs(ms)} ms (${formatMs(ms / times)} ms per run, ${findings} findings)\n`);
}

async function main() {
  const p = process.argv.indexOf('--profile');
  if (p >= 0) {
    const file = process.argv[p + 1];
    if (!file) throw new Error('usage: node --cpu-prof dist/bench.js --profile FILE [RUNS]');
    return profile(file, Number(process.argv[p + 2]) || 300);
  }
  const flag = (name: string) => process.argv.includes(name);
  const json = flag('--json');
  // The report on stdout; with --json, stdout holds the JSON only and the progress goes to stderr.
  const progress = (s: string) => (json ? process.stderr : process.stdout).write(s);
  const report = (s: string) => { if (!json) process.stdout.write(s); };
  const root = process.cwd();
  const started = performance.now();
  const { index: communes, error } = tryLoadCommuneIndex();
  if (error) progress(`(commune index not loaded: ${error}; analyze runs without the commune checks)\n`);
  const docs = documents(root);
  // One generated deliberation of the 40 KB class: the first of a one-deliberation register.
  const generated = generateRegister({ ...DEFAULT_REGISTER, deliberations: 1 });
  docs.push({ name: 'generated deliberation (1 of the register)', text: generated });
  const rows: Row[] = [];
  const options: MeasureOptions = { targetMs: 1000, minRuns: 5, maxRuns: 5000 };
  for (const d of docs) {
    const row: Row = { name: d.name, bytes: Buffer.byteLength(d.text), results: {} };
    const fns = stageFns(d.text, communes);
    const runs: number[] = [];
    for (const s of STAGES) {
      const m = measure(fns[s], options);
      row.results[s] = m;
      runs.push(m.runs);
    }
    progress(`  ${d.name}: analyze ${formatMs((row.results.analyze as Measure).median)} ms (runs ${runs.join('/')})\n`);
    rows.push(row);
  }
  if (flag('--no-register')) progress('  register skipped (--no-register)\n');
  else rows.push(await runRegister(progress));

  const header = ['document', 'size', 'baseline ms', 'lex ms', 'parse ms', 'model ms', 'analyze ms', `≤ ${BUDGET_MS} ms (40 KB class)`];
  const table = rows.map((r) => [r.name, formatBytes(r.bytes), ...STAGES.map((s) => cell(r, s)), budgetCell(r)]);
  report(`\n${renderTable(header, table, [false, true, true, true, true, true, true, false])}\n\n`);
  report(
    [
      'Median wall-clock time of one run per stage; ×N is the ratio to the baseline (split into lines + one regex scan per line).',
      'parse includes lexing; model is buildModel on an already parsed tree; analyze is the whole pipeline',
      '(parse, model, every check including the commune checks, outline). Runs per measure adapt to take ~1 s;',
      `the register gets at most 3 runs per stage and ${REGISTER_BUDGET_MS / 1000} s in all. Timings are noisy: compare medians and ratios.`,
      '',
    ].join('\n'),
  );
  // Completion in an attendance list of the Grand Besançon extract (issue 4), when the corpus is there.
  const completion = benchCompletion();
  report(completion ? formatCompletionBench(completion) : '(completion bench skipped: the reference corpus is absent)\n');
  // The workspace index of a year of acts (issue 15): its heap, and what a change to one file costs.
  const workspace = benchWorkspace(readFileSync(join(root, 'samples', 'extrait-municipal.delib'), 'utf8'));
  report(`\n${formatWorkspaceBench(workspace)}`);
  // The language server as an editor uses it, and the command line on folders of acts (issue 13).
  const completionText = join(referenceCorpus(root), 'grand-besancon-2017-003854.delib');
  const lsp = flag('--no-lsp') ? undefined : await benchLsp({
    act: generated,
    completionText: existsSync(completionText) ? readFileSync(completionText, 'utf8') : undefined,
    big: flag('--big'),
    log: (s) => progress(`${s}\n`),
  });
  const cli = flag('--no-cli') ? undefined : await benchCli({ sizes: [1000, 10000], jobs: [1, 2], meanBytes: 16 * 1024, scan: baseline, log: (s) => progress(`${s}\n`) });
  const generatedRow = rows.find((r) => r.name.startsWith('generated deliberation'))!;
  const held = budgets({ act: generatedRow.results as Record<string, Measure>, actBytes: generatedRow.bytes, completion, lsp, cli });
  report(`\n${formatBudgets(held)}`);
  const totalS = (performance.now() - started) / 1000;
  report(`\nTotal bench time: ${totalS.toFixed(1)} s.\n`);
  if (json) {
    const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memoryMb: Math.round(totalmem() / 1024 / 1024), node: process.version, platform: process.platform };
    const documentsJson = rows.map((r) => ({ name: r.name, bytes: r.bytes, medianMs: Object.fromEntries(Object.entries(r.results).map(([k, v]) => [k, 'median' in v ? v.median : null])) }));
    process.stdout.write(`${JSON.stringify({ date: new Date().toISOString(), machine, documents: documentsJson, completion, workspace, lsp, cli, budgets: held, totalS }, null, 2)}\n`);
  }
}

if (isMainThread) {
  main().catch((e) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
} else if ((workerData as { register?: boolean } | undefined)?.register) {
  registerWorker();
}
