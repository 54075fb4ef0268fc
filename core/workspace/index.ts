// The workspace as the checks across acts see it: a summary of each file's acts (summary.ts), indexed (cross.ts).
import { actsOf, shiftRange, type Analysis } from '../analyze';
import { summarize, type ActSummary } from './summary';

export { ActIndex, CROSS_CODES, seriesOf, type FileSummary } from './cross';
export { summarize, type ActSummary } from './summary';

/** Each act's summary, by the act it was made for (`root` of core/analyze.ts `actsOf`), at that act's lines. */
const made = new WeakMap<object, ActSummary>();

/**
 * The summaries of every act of an analysis. An act that an analysis kept from the one before (core/analyze.ts) keeps
 * its summary, moved by the lines it moved: after an edit in a register, only the acts read again are summarised.
 */
export function summariesOf(analysis: Pick<Analysis, 'acts'>): ActSummary[] {
  const acts = actsOf(analysis as Analysis);
  if (!acts) return analysis.acts.map(summarize);
  return acts.map((act) => {
    let summary = made.get(act.root);
    if (!summary) {
      summary = shiftSummary(summarize(act.model()), -act.shift);
      made.set(act.root, summary);
    }
    return shiftSummary(summary, act.shift);
  });
}

/** A summary moved by whole lines (its act moved with the text above it): itself when it did not move. */
function shiftSummary(s: ActSummary, lines: number): ActSummary {
  if (lines === 0) return s;
  const moved = <T extends { range: Parameters<typeof shiftRange>[0] }>(x: T): T => ({ ...x, range: shiftRange(x.range, lines) });
  const out: ActSummary = { ...s, line: s.line + lines, deliberations: s.deliberations.map(moved) };
  if (s.collectivity) out.collectivity = moved(s.collectivity);
  if (s.seance) out.seance = moved(s.seance);
  if (s.membersInOffice) out.membersInOffice = moved(s.membersInOffice);
  if (s.president) out.president = moved(s.president);
  if (s.secretary) out.secretary = moved(s.secretary);
  if (s.presence) {
    const places = s.presence.places.slice();
    for (let i = 0; i < places.length; i += 4) {
      places[i] += lines;
      places[i + 2] += lines;
    }
    out.presence = { ...s.presence, places };
  }
  return out;
}
