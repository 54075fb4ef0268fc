// The check of one file, as `delib check` runs it in its own thread or in a worker (check-worker.ts): the file read
// (strict UTF-8, bounded), analysed, and what the main thread needs of it — its findings, the summaries of its acts
// for the checks across acts, whether the roster fits one of its acts. Never the text nor the trees.
import { analyze } from '../core/analyze';
import type { CommuneIndex } from '../core/communes/index';
import { rosterApplies } from '../core/roster/territory';
import type { Roster } from '../core/roster/types';
import type { Finding, Locale } from '../core/types';
import { summariesOf, type ActSummary } from '../core/workspace/index';
import { readTextFile, type InputProblem } from './input';

export type FileChecked = { file: string; findings: Finding[]; acts: ActSummary[]; fits: boolean } | { file: string; problem: InputProblem };

export function checkFile(file: string, options: { locale: Locale; communes?: CommuneIndex; roster?: Roster }): FileChecked {
  const read = readTextFile(file);
  if ('problem' in read) return { file, problem: read.problem };
  const analysis = analyze(read.text, options);
  const roster = options.roster;
  return { file, findings: analysis.findings, acts: summariesOf(analysis), fits: roster !== undefined && analysis.acts.some((act) => rosterApplies(act, roster)) };
}
