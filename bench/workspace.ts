// The workspace index (core/workspace) at the size of a year of acts: 1 000 acts of one collectivity, 40 séances of
// 25 acts, one file each. Measured: the heap the index holds (summaries only, the trees dropped), the time to index
// them, and what a change to one file costs — its analysis, its summary replaced, and the findings across acts of
// every file of the workspace again (what the Problems panel's workspace report recomputes).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { performance } from 'node:perf_hooks';
import { analyze } from '../core/analyze';
import { ActIndex, summariesOf } from '../core/workspace/index';
import { formatMs, median } from './stats';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

export interface WorkspaceBench {
  acts: number;
  heapBytes: number;
  indexMs: number;
  /** Medians over a few changes of one file. */
  analyzeMs: number;
  updateMs: number;
  allFindingsMs: number;
  findings: number;
}

function gc(): void {
  setFlagsFromString('--expose_gc');
  (runInNewContext('gc') as () => void)();
}

/** Act `i` of the year: the sample with its number and séance (25 acts a séance). */
function actOf(sample: string, i: number, variant = 0): string {
  const seance = Math.floor(i / 25);
  const date = `${1 + (seance % 28)} ${MONTHS[Math.floor(seance / 4) % 12]} 2025`;
  return sample
    .replace('Délibération n°2025-047', `Délibération n°2025-${String(i + 1).padStart(4, '0')}`)
    .replace('Séance du lundi 23 juin 2025', `Séance du ${date}`)
    .replace('Nombre de conseillers en exercice : 29', `Nombre de conseillers en exercice : ${29 + variant}`);
}

export function benchWorkspace(sample: string, n = 1000): WorkspaceBench {
  gc();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const index = new ActIndex();
  for (let i = 0; i < n; i++) index.set({ uri: `file:///ws/${i}.delib`, acts: summariesOf(analyze(actOf(sample, i), { phases: [] })) });
  const indexMs = performance.now() - started;
  gc();
  const heapBytes = process.memoryUsage().heapUsed - before;
  const analyzeRuns: number[] = [];
  const updateRuns: number[] = [];
  const allRuns: number[] = [];
  let findings = 0;
  for (let k = 0; k < 7; k++) {
    const i = Math.floor((k * n) / 7);
    const t0 = performance.now();
    const analysis = analyze(actOf(sample, i, k % 2));
    const t1 = performance.now();
    index.set({ uri: `file:///ws/${i}.delib`, acts: summariesOf(analysis) });
    index.findings(`file:///ws/${i}.delib`);
    const t2 = performance.now();
    findings = 0;
    for (let j = 0; j < n; j++) findings += index.findings(`file:///ws/${j}.delib`).length;
    const t3 = performance.now();
    analyzeRuns.push(t1 - t0);
    updateRuns.push(t2 - t1);
    allRuns.push(t3 - t2);
  }
  return { acts: n, heapBytes, indexMs, analyzeMs: median(analyzeRuns), updateMs: median(updateRuns), allFindingsMs: median(allRuns), findings };
}

export function formatWorkspaceBench(w: WorkspaceBench): string {
  return [
    `Workspace index: ${w.acts} acts of one collectivity (40 séances of 25 acts), one file each.`,
    `  heap held by the index: ${(w.heapBytes / 1024 / 1024).toFixed(1)} MB (${Math.round(w.heapBytes / w.acts)} bytes per act); indexed in ${formatMs(w.indexMs)} ms`,
    `  a change to one file (medians of 7): analysis ${formatMs(w.analyzeMs)} ms, summary replaced and its findings across acts ${formatMs(w.updateMs)} ms,`,
    `  the findings across acts of all ${w.acts} files again ${formatMs(w.allFindingsMs)} ms (${w.findings} findings)`,
    '',
  ].join('\n');
}
