// « Fix all » (source.fixAll): every safe fix of a document at once — those whose right text an official list or the
// roster proves (core/types.ts, Fix.safe). Edits that overlap another are left out (the first one kept): the result
// is what the drafter would get applying the quick fixes one by one.
import type { Finding, Range, TextEdit } from '../types';
import { comparePositions } from '../types';

export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  const edits = findings.flatMap((f) => (f.fixes ?? []).filter((x) => x.safe).flatMap((x) => x.edits));
  edits.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
  const kept: TextEdit[] = [];
  for (const e of edits) {
    const last = kept[kept.length - 1];
    if (last && overlaps(last.range, e.range)) continue;
    kept.push(e);
  }
  return kept;
}

/** Whether two ranges share a character, or are the same empty place. */
function overlaps(a: Range, b: Range): boolean {
  return comparePositions(b.start, a.end) < 0 || (comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0);
}
