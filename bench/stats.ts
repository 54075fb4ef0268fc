// Timing helpers of the benchmark: adaptive run counts, medians, and the formatting of the table.
import { performance } from 'node:perf_hooks';

export interface Measure {
  /** Median wall-clock time of one run, in milliseconds. */
  median: number;
  runs: number;
}

export interface MeasureOptions {
  /** Wall-clock time the runs of one measure should take together (ms). */
  targetMs: number;
  minRuns: number;
  maxRuns: number;
}

export const DEFAULT_MEASURE: MeasureOptions = { targetMs: 1000, minRuns: 5, maxRuns: 5000 };

/** The p-th percentile (nearest rank) of values, in any order. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1))];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Runs `fn` enough times that the runs take about `targetMs` together: after a warm-up run, one more run (not
 * counted) gives the cost of a run, which sets the count, clamped to [minRuns, maxRuns]. Returns the median of the counted runs.
 */
export function measure(fn: () => unknown, options: MeasureOptions = DEFAULT_MEASURE): Measure {
  fn(); // warm-up: lazy initialisations, first compilation
  let t = performance.now();
  fn();
  const first = Math.max(performance.now() - t, 1e-3);
  const runs = Math.max(options.minRuns, Math.min(options.maxRuns, Math.round(options.targetMs / first)));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return { median: median(times), runs };
}

/** « 0.082 », « 4.55 », « 612 », « 13 792 »: three significant digits, thousands grouped. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 100) return Math.round(ms).toLocaleString('en-US').replace(/,/g, ' ');
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

export function formatRatio(stage: number, baseline: number): string {
  if (!Number.isFinite(stage) || !Number.isFinite(baseline) || baseline <= 0) return '';
  const r = stage / baseline;
  return `×${r >= 100 ? Math.round(r) : r >= 10 ? r.toFixed(0) : r.toFixed(1)}`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** A plain text table: columns padded to their widest cell, numbers right-aligned. */
export function renderTable(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (rightAligned[i] ? (c ?? '').padStart(widths[i]) : (c ?? '').padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
