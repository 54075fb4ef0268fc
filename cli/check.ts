// `delib check PATH… [--format text|json] [--roster conseil.yaml] [--jobs N] [--shard I/N]`: analyses .delib files
// and prints the findings. Each file is read and analysed on its own (check-file.ts), in this thread or, for a large
// folder, in worker threads (check-worker.ts, all cores by default); only its findings and the summaries of its acts
// are kept, never its text or trees, so that memory does not grow with the size of the files. The checks across acts
// then compare the summaries. `--shard I/N` checks the I-th of N consecutive parts of the files (sorted by path), so
// that a scheduler spreads a folder too large for one machine (docs/performance.md).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { tryLoadCommuneIndex } from '../core/communes/index';
import { ActIndex } from '../core/workspace/index';
import type { Locale } from '../core/types';
import { UsageError, type Command } from './command';
import { checkFile, unpackResult, type FileChecked } from './check-file';
import { countSeverities, formatJson, formatText, type FileResult } from './format';
import { collectFiles, readRosterOption } from './input';
import { messages } from './messages';

/** 1 when at least one finding is an error, else 0 (2, for unreadable input, is decided by the caller). */
export function exitStatusOf(results: readonly FileResult[]): 0 | 1 {
  return countSeverities(results).error > 0 ? 1 : 0;
}

/** Below this many files, one thread: starting workers (each loads the commune index) costs more than it saves. */
const FILES_PER_WORKER = 64;

const TEXT = {
  fr: {
    badJobs: (v: string) => `--jobs ${v} : un nombre de 1 à 64 est attendu`,
    badShard: (v: string) => `--shard ${v} : I/N est attendu, 1 ≤ I ≤ N (par exemple --shard 2/8)`,
    emptyShard: (i: number, n: number, files: number) => `--shard ${i}/${n} : aucun des ${files} fichiers dans cette part`,
    progress: (done: number, all: number) => `${done}/${all} fichiers`,
  },
  en: {
    badJobs: (v: string) => `--jobs ${v}: a number from 1 to 64 is expected`,
    badShard: (v: string) => `--shard ${v}: I/N is expected, 1 ≤ I ≤ N (for example --shard 2/8)`,
    emptyShard: (i: number, n: number, files: number) => `--shard ${i}/${n}: none of the ${files} files in this part`,
    progress: (done: number, all: number) => `${done}/${all} files`,
  },
};

/** The I-th of N consecutive parts of `files` (1-based), as even as can be. */
export function shardOf<T>(files: readonly T[], i: number, n: number): T[] {
  return files.slice(Math.floor(((i - 1) * files.length) / n), Math.floor((i * files.length) / n));
}

function parseShard(value: unknown, locale: Locale): { i: number; n: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{1,4})\/(\d{1,4})$/.exec(String(value).trim());
  const [i, n] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || i < 1 || n < 1 || i > n) throw new UsageError(TEXT[locale].badShard(String(value)));
  return { i, n };
}

function parseJobs(value: unknown, files: number, locale: Locale): number {
  if (value === undefined) return files >= 2 * FILES_PER_WORKER ? Math.min(availableParallelism(), Math.ceil(files / FILES_PER_WORKER)) : 1;
  const n = Number(value);
  if (!/^\d{1,2}$/.test(String(value).trim()) || n < 1 || n > 64) throw new UsageError(TEXT[locale].badJobs(String(value)));
  return Math.min(n, Math.max(1, files));
}

/** The worker script beside this bundle (dist/check-worker.js); absent when the CLI is not run from its bundle. */
const WORKER = join(__dirname, 'check-worker.js');

/**
 * The old generation of a worker's heap: a bound keeps the peak memory of the run low (a worker collects its garbage
 * rather than grow), and the largest act file the CLI reads is analysed well within it.
 */
const WORKER_HEAP_MB = 128;

/**
 * The young generation of a worker's heap: V8 lets it grow to 48 MB (semi-spaces of 16 MB), resident once grown, in
 * each worker; an analysis's garbage dies young, so small semi-spaces cost little more time (as the server's,
 * SERVER_NODE_OPTIONS).
 */
const WORKER_YOUNG_MB = 8;

/**
 * Files handed to a worker before it is done with the one it checks: it never waits for this thread (busy receiving
 * the other worker's results) to be given its next file.
 */
const FILES_AHEAD = 2;

/**
 * Checks the files with `jobs` workers, handing each the next file as it is done (a few ahead); `onResult` gets each
 * result, packed (check-file.ts `packResult`), with its index in `files` (in the order they finish). A file whose
 * worker failed (out of memory, an exception) gets no result here: the caller checks it again in its own thread.
 */
function checkInWorkers(files: readonly string[], jobs: number, data: { locale: Locale; rosterPath?: string }, onResult: (i: number, packed: ArrayBuffer) => void): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let running = 0;
    // (Resolved once every worker has stopped: what their heaps held is given back before the results are unpacked.)
    const stopped: Promise<number>[] = [];
    const done = (w: Worker) => {
      running--;
      stopped.push(w.terminate());
      if (running === 0) void Promise.all(stopped).then(() => resolve());
    };
    for (let k = 0; k < jobs; k++) {
      const w = new Worker(WORKER, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
      running++;
      let handed = 0;
      const feed = () => {
        for (; handed < FILES_AHEAD && next < files.length; handed++, next++) w.postMessage({ i: next, file: files[next] });
        if (handed === 0) done(w);
      };
      w.on('message', (m: { i: number; packed?: ArrayBuffer; error?: string }) => {
        handed--;
        if (m.packed) onResult(m.i, m.packed);
        feed();
      });
      // A worker that dies leaves the files it was handed without a result, and takes no more.
      w.once('error', () => done(w));
      feed();
    }
  });
}

/** « 120/1000 fichiers » on stderr, rewritten in place, when stderr is a terminal and the run lasts. */
function progressBar(all: number, locale: Locale): { tick(done: number): void; end(): void } {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let shown = 0;
  let last = 0;
  return {
    tick(done) {
      const now = Date.now();
      if (!tty || now - started < 1000 || now - last < 100) return;
      last = now;
      const line = `delib: ${TEXT[locale].progress(done, all)}`;
      shown = line.length;
      process.stderr.write(`\r${line}`);
    },
    end() {
      if (shown) process.stderr.write(`\r${' '.repeat(shown)}\r`);
    },
  };
}

export const checkCommand: Command = {
  name: 'check',
  synopsis: 'PATH… [--format text|json] [--roster conseil.yaml] [--jobs N] [--shard I/N]',
  summary: {
    fr: 'contrôle les fichiers .delib (les dossiers sont parcourus récursivement)',
    en: 'check .delib files (folders are searched recursively)',
  },
  options: { format: { type: 'string', default: 'text', choices: ['text', 'json'] }, roster: { type: 'string' }, jobs: { type: 'string' }, shard: { type: 'string' } },
  run({ positionals, values, locale, out, err }) {
    const m = messages(locale);
    if (positionals.length === 0) throw new UsageError(m.noPaths);
    const shard = parseShard(values.shard, locale);
    // A file that cannot be read is named on stderr; the others are checked all the same, and the status is 2.
    const collected = collectFiles(positionals);
    const files = shard ? shardOf(collected.files, shard.i, shard.n) : collected.files;
    for (const p of collected.problems) err(m.problem(p));
    if (shard && files.length === 0 && collected.files.length > 0) err(TEXT[locale].emptyShard(shard.i, shard.n, collected.files.length));
    if (files.length === 0) return 2;
    const jobs = parseJobs(values.jobs, files.length, locale);
    const rosterPath = typeof values.roster === 'string' ? values.roster : undefined;
    const roster = rosterPath === undefined ? undefined : readRosterOption(rosterPath, locale, err);
    // Many files are checked in workers, even with one job: a worker's heap is bounded (WORKER_HEAP_MB), so the memory
    // the analyses leave behind is collected there rather than grown in this thread, which keeps every file's results.
    const inWorkers = (jobs > 1 || files.length >= 2 * FILES_PER_WORKER) && existsSync(WORKER);
    const { index: communes, error } = inWorkers ? { index: undefined, error: undefined } : tryLoadCommuneIndex();
    if (error) err(m.noCommunes(error));
    let problems = collected.problems.length;
    // Each file's result, as a worker packed it until all are checked.
    const results: (FileChecked | ArrayBuffer | undefined)[] = new Array(files.length);
    const progress = progressBar(files.length, locale);
    // The index of the acts for the checks across acts, in the order of the files once all are checked.
    const index = new ActIndex();
    let done = 0;
    const take = (i: number, r: FileChecked | ArrayBuffer) => {
      results[i] = r;
      progress.tick(++done);
    };
    // The findings of every file, then those across acts, printed in the order of the files.
    const finish = (): number => {
      // What a worker could not check is checked here (an exception then is a bug of the CLI, status 3).
      if (results.includes(undefined)) {
        const here = { locale, communes: communes ?? tryLoadCommuneIndex().index, roster };
        files.forEach((file, i) => results[i] ?? take(i, checkFile(file, here)));
      }
      progress.end();
      const checked: FileResult[] = [];
      let fits = false;
      for (let i = 0; i < results.length; i++) {
        const packed = results[i];
        if (!packed) continue;
        // (Unpacked one at a time and indexed at once, its names shared with those of the files before.)
        const r = packed instanceof ArrayBuffer ? unpackResult(packed) : packed;
        results[i] = undefined;
        if ('problem' in r) {
          err(m.problem(r.problem));
          problems++;
          continue;
        }
        fits ||= r.fits;
        index.set({ uri: r.file, acts: r.acts });
        checked.push({ file: r.file, findings: r.findings });
      }
      // Nothing could be read: the problems said so, nothing more to print.
      if (checked.length === 0) return 2;
      for (const r of checked) r.findings.push(...index.findings(r.file, locale));
      // A roster asked for by name that is the one of no act here: said, rather than checks silently not run.
      if (roster && !fits && checked.length > 0) err(m.rosterFitsNoAct(String(rosterPath), roster.name));
      out(values.format === 'json' ? formatJson(checked) : formatText(checked, locale));
      return problems > 0 ? 2 : exitStatusOf(checked);
    };
    if (inWorkers) return checkInWorkers(files, jobs, { locale, rosterPath: roster ? rosterPath : undefined }, take).then(finish);
    files.forEach((file, i) => take(i, checkFile(file, { locale, communes, roster })));
    return finish();
  },
};
