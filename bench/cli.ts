// `delib check` on folders of generated acts, as a user runs it: the real CLI (dist/cli.js) in its own process,
// 1 and 2 jobs, on 1 000 and 10 000 acts; wall-clock time, throughput, peak resident memory (the process's
// high-water mark, read from /proc while it runs), and the ratio to a line scan of the same files.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateRegister } from './generate';

export interface CliRun {
  acts: number;
  bytes: number;
  jobs: number;
  ms: number;
  mbPerS: number;
  peakMb?: number;
  /** Time of the line scan of the same files (read + split + one regex scan per line), and the ratio to it. */
  scanMs: number;
  ratio: number;
  exitCode: number | null;
}

/** The process's peak resident memory so far (Linux), in MB. */
function peakMb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function runCheck(cli: string, dir: string, jobs: number): Promise<{ ms: number; peakMb?: number; exitCode: number | null }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, [cli, 'check', dir, '--jobs', String(jobs), '--format', 'json'], { stdio: ['ignore', 'ignore', 'ignore'] });
    let peak: number | undefined;
    // The high-water mark only grows: the last reading before the exit is the peak, within the polling interval.
    const poll = setInterval(() => { peak = peakMb(child.pid!) ?? peak; }, 20);
    child.on('error', (e) => { clearInterval(poll); reject(e); });
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ ms: performance.now() - t, peakMb: peak, exitCode: code });
    });
  });
}

/** The baseline: read every file, split it into lines and scan each line once with a regular expression. */
function lineScan(dir: string, scan: (text: string) => number): number {
  const t = performance.now();
  for (const f of readdirSync(dir)) scan(readFileSync(join(dir, f), 'utf8'));
  return performance.now() - t;
}

/** A folder of `acts` generated acts of about `meanBytes` each (one file each). */
function writeActs(root: string, acts: number, meanBytes: number): { dir: string; bytes: number } {
  const dir = join(root, `acts-${acts}`);
  mkdirSync(dir);
  let bytes = 0;
  for (let i = 0; i < acts; i++) {
    const text = generateRegister({ deliberations: 1, meanBytes, seed: 100 + i });
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${String(i + 1).padStart(5, '0')}.delib`), text);
  }
  return { dir, bytes };
}

export async function benchCli(options: { sizes: number[]; jobs: number[]; meanBytes: number; scan: (text: string) => number; log?: (s: string) => void }): Promise<CliRun[]> {
  const cli = join(process.cwd(), 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run the build first`);
  const log = options.log ?? (() => undefined);
  const root = mkdtempSync(join(tmpdir(), 'delib-bench-cli-'));
  const runs: CliRun[] = [];
  try {
    for (const acts of options.sizes) {
      const { dir, bytes } = writeActs(root, acts, options.meanBytes);
      lineScan(dir, options.scan); // the files in the page cache for both
      const scanMs = lineScan(dir, options.scan);
      for (const jobs of options.jobs) {
        const r = await runCheck(cli, dir, jobs);
        const run: CliRun = { acts, bytes, jobs, ms: r.ms, mbPerS: bytes / 1024 / 1024 / (r.ms / 1000), peakMb: r.peakMb, scanMs, ratio: r.ms / scanMs, exitCode: r.exitCode };
        log(`  cli ${acts} acts (${(bytes / 1024 / 1024).toFixed(0)} MB), ${jobs} job${jobs > 1 ? 's' : ''}: ${(r.ms / 1000).toFixed(1)} s, ${run.mbPerS.toFixed(1)} MB/s, peak ${r.peakMb?.toFixed(0) ?? '?'} MB, ×${run.ratio.toFixed(0)} the line scan`);
        runs.push(run);
      }
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return runs;
}
