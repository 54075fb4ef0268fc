// The budgets of the performance issue (issue 13), each compared with what this run measured: held, not held, or
// not measured (a part of the bench skipped, or a platform without /proc for memory).
import type { CliRun } from './cli';
import type { CompletionBench } from './completion';
import type { LspBench } from './lsp';
import type { Measure } from './stats';
import { renderTable } from './stats';

export interface Budget {
  budget: string;
  measured: string;
  /** null: not measured in this run. */
  held: boolean | null;
}

export interface Measured {
  /** The stages of the generated 40 KB act (baseline, analyze…). */
  act: Record<string, Measure>;
  actBytes: number;
  completion?: CompletionBench;
  lsp?: LspBench;
  cli?: CliRun[];
}

const ms = (n: number) => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;

export function budgets(m: Measured): Budget[] {
  const out: Budget[] = [];
  const add = (budget: string, value: number | undefined, limit: number, show: (n: number) => string, atMost = true) =>
    out.push({ budget, measured: value === undefined || Number.isNaN(value) ? 'not measured' : show(value), held: value === undefined || Number.isNaN(value) ? null : atMost ? value <= limit : value >= limit });

  const edit = (name: string) => m.lsp?.edits.find((e) => e.name === name)?.latency;
  for (const [name, limit] of [['40 KB act', 25], ['1 MB register', 30], ['40 MB register', 100]] as const) {
    const e = edit(name);
    if (e?.refused) out.push({ budget: `edit → diagnostics p95 ≤ ${limit} ms, ${name}`, measured: `not analysed: ${e.refused}`, held: false });
    else add(`edit → diagnostics p95 ≤ ${limit} ms, ${name}`, e?.p95, limit, ms);
  }
  const analyze = m.act.analyze?.median;
  const base = m.act.baseline?.median;
  add('a 40 KB act analysed in ≤ 2 ms', analyze, 2, ms);
  add('… and ≤ 30× the line scan', analyze !== undefined && base ? analyze / base : undefined, 30, (n) => `×${n.toFixed(0)}`);
  add('the pipeline ≥ 15 MB/s on one core', analyze ? m.actBytes / 1024 / 1024 / (analyze / 1000) : undefined, 15, (n) => `${n.toFixed(1)} MB/s`, false);

  const mem = m.lsp?.memory;
  add(`server ≤ 200 MB with ${mem?.acts ?? 1000} acts open`, mem?.openMb, 200, (n) => `${n.toFixed(0)} MB`);
  add('… back within 30 MB of its start after closing them', mem ? mem.closedMb - mem.startMb : undefined, 30, (n) => `${n.toFixed(0)} MB above (${mem!.startMb.toFixed(0)} → ${mem!.closedMb.toFixed(0)} MB)`);

  const run = (acts: number, jobs: number) => m.cli?.find((r) => r.acts === acts && r.jobs === jobs);
  const two = run(1000, 2);
  add('delib check of 1 000 acts ≥ 20 MB/s with 2 jobs', two?.mbPerS, 20, (n) => `${n.toFixed(1)} MB/s`, false);
  add('… ≤ 6× the line scan of the same files', two?.ratio, 6, (n) => `×${n.toFixed(0)}`);
  const big = m.cli?.filter((r) => r.acts === 10000 && r.peakMb !== undefined) ?? [];
  add('peak memory ≤ 250 MB for 10 000 acts', big.length ? Math.max(...big.map((r) => r.peakMb!)) : undefined, 250, (n) => `${n.toFixed(0)} MB (the larger of ${big.map((r) => `${r.jobs} job${r.jobs > 1 ? 's' : ''}`).join(', ')})`);

  add('completion p95 ≤ 15 ms (in the server, over the protocol)', m.lsp?.completion?.p95, 15, ms);
  add('completion p95 ≤ 15 ms (in process)', m.completion?.p95, 15, ms);
  add('initialize ≤ 300 ms', m.lsp?.initializeMs, 300, ms);
  return out;
}

export function formatBudgets(list: Budget[]): string {
  const state = (b: Budget) => (b.held === null ? '—' : b.held ? 'held' : 'NOT HELD');
  return `Budgets of the performance issue (this run):\n${renderTable(['budget', 'measured', 'state'], list.map((b) => [b.budget, b.measured, state(b)]), [false, false, false])}\n`;
}
