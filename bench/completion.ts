// Benchmark of completion in an attendance list of the Grand Besançon extract, with the full commune list and the
// roster extracted from the extract loaded: ~200 requests with the cursor inside a commune label or a councillor's
// name (as while typing it), on the analysis the server keeps for the document's version. Target: p95 ≤ 15 ms.
// Called by bench/main.ts: `const r = benchCompletion(); if (r) process.stdout.write(formatCompletionBench(r));`
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../core/analyze';
import { loadCommuneIndex } from '../core/communes/index';
import { completion } from '../core/features/completion';
import { rosterFromModels } from '../core/roster/extract';
import type { Position } from '../core/types';
import { percentile } from './stats';

export const COMPLETION_TARGET_MS = 15;

export interface CompletionBench {
  requests: number;
  p50: number;
  p95: number;
  max: number;
  /** Mean number of items per answer. */
  items: number;
  members: number;
}

/** Undefined when the corpus is absent. `corpus`: the folder of grand-besancon-2017-003854.delib. */
/** The reference corpus: ../shared/corpus beside the repository when present, else its copy in corpus/samples. */
export function referenceCorpus(root = process.cwd()): string {
  const shared = join(root, '..', 'shared', 'corpus');
  return existsSync(shared) ? shared : join(root, 'corpus', 'samples');
}

export function benchCompletion(corpus = referenceCorpus(), requests = 200): CompletionBench | undefined {
  const file = join(corpus, 'grand-besancon-2017-003854.delib');
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const communes = loadCommuneIndex();
  const roster = rosterFromModels([analyze(text, { phases: [] }).model], { communes });
  const analysis = analyze(text, { communes, roster });
  // Cursors: three letters into each person's surname and each commune label of the attendance lists.
  const positions: Position[] = [];
  for (const l of analysis.doc.lines) {
    if (l.type !== 'list' || !/présent|absent/i.test(l.label)) continue;
    for (const c of l.communes) positions.push({ line: c.range.start.line, character: c.range.start.character + Math.min(3, c.name.length) });
    for (const e of l.entries) {
      const p = e.person;
      const at = p.offset + p.text.indexOf(p.surname) + Math.min(3, p.surname.length) - l.offset;
      positions.push({ line: l.range.start.line, character: at });
    }
  }
  const times: number[] = [];
  let items = 0;
  for (const p of positions.slice(0, 20)) completion(analysis, p, { communes, roster }); // warm-up
  for (let i = 0; i < requests; i++) {
    const p = positions[i % positions.length];
    const t = performance.now();
    items += completion(analysis, p, { communes, roster }).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { requests, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1], items: items / requests, members: roster.members.length };
}

export function formatCompletionBench(r: CompletionBench): string {
  const ok = r.p95 <= COMPLETION_TARGET_MS ? 'ok' : 'OVER TARGET';
  return `Completion in the Grand Besançon attendance lists (${r.members} members in the roster, all communes of France): ` +
    `${r.requests} requests, p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms (target ≤ ${COMPLETION_TARGET_MS} ms: ${ok}), ` +
    `max ${r.max.toFixed(2)} ms, ${r.items.toFixed(0)} items on average.\n`;
}
