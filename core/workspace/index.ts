// The workspace as the checks across acts see it: a summary of each file's acts (summary.ts), indexed (cross.ts).
import type { Analysis } from '../analyze';
import { summarize, type ActSummary } from './summary';

export { ActIndex, CROSS_CODES, seriesOf, type FileSummary } from './cross';
export { summarize, type ActSummary } from './summary';

/** The summaries of every act of an analysis. */
export function summariesOf(analysis: Pick<Analysis, 'acts'>): ActSummary[] {
  return analysis.acts.map(summarize);
}
